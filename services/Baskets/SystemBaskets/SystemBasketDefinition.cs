namespace Ito.Baskets.SystemBaskets;

/// <summary>One of the 18 fixed system baskets (ARCHITECTURE.md), with the id it has in every environment.</summary>
public sealed record SystemBasketDefinition(int Number, string Name, string Slug)
{
    /// <summary>
    /// System basket n has the id 00000000-0000-0000-0000-0000000000nn everywhere, so other services, tests and
    /// operators can name it without a lookup, and seeding twice can never create it twice.
    /// </summary>
    public Guid Id => Guid.Parse($"00000000-0000-0000-0000-{Number:D12}");

    public string Description => $"System basket {Number}: every open market categorization places in {Name}.";
}
