namespace Ito.Baskets.SystemBaskets;

/// <summary>The 18 system baskets of ARCHITECTURE.md: names, numbers and slugs as categorization's taxonomy has them.</summary>
public static class SystemBasketCatalog
{
    public static readonly IReadOnlyList<SystemBasketDefinition> All =
    [
        new(1, "US Elections", "us-elections"),
        new(2, "US Government & Policy", "us-government-policy"),
        new(3, "Geopolitics & Conflict", "geopolitics-conflict"),
        new(4, "Monetary Policy & Rates", "monetary-policy-rates"),
        new(5, "Inflation & Macro Data", "inflation-macro-data"),
        new(6, "Equities & Corporate", "equities-corporate"),
        new(7, "Crypto", "crypto"),
        new(8, "Energy", "energy"),
        new(9, "Metals & Agriculture", "metals-agriculture"),
        new(10, "Climate & Weather", "climate-weather"),
        new(11, "Technology & AI", "technology-ai"),
        new(12, "Health & Pandemics", "health-pandemics"),
        new(13, "Trade & Tariffs", "trade-tariffs"),
        new(14, "Sports", "sports"),
        new(15, "Entertainment & Culture", "entertainment-culture"),
        new(16, "Science & Space", "science-space"),
        new(17, "Legal & Regulatory", "legal-regulatory"),
        new(18, "Global Economy & FX", "global-economy-fx"),
    ];

    /// <summary>Categorization's number for "waits in the admin review queue": in no system basket.</summary>
    public const int ReviewQueue = 0;

    public static bool IsSystemBasketNumber(int number) => number is >= 1 and <= 18;
}
