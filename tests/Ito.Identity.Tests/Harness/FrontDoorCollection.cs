namespace Ito.Identity.Tests.Harness;

/// <summary>One identity + gateway pair for every front-door test class; each test signs up users of its own.</summary>
[CollectionDefinition(Name)]
public sealed class FrontDoorCollection : ICollectionFixture<GatewayHarness>
{
    public const string Name = "front door";
}
