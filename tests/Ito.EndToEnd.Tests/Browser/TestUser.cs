using System.Security.Cryptography;

namespace Ito.EndToEnd.Tests.Browser;

/// <summary>An account created by a test: unique per call, with a password that satisfies identity's rules.</summary>
public sealed record TestUser(string UserName, string Email, string Password)
{
    public static TestUser CreateUnique()
    {
        var name = "e2e" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return new TestUser(name, $"{name}@example.test", "correct horse battery staple 42");
    }
}
