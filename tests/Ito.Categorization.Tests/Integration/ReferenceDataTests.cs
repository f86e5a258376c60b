using System.Net;
using Ito.Categorization.ReferenceData;
using Ito.Categorization.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ito.Categorization.Tests.Integration;

/// <summary>System baskets and risk factors served from the database the taxonomy seeds.</summary>
[Collection(CategorizationServiceCollection.Name)]
public sealed class ReferenceDataTests(CategorizationService service)
{
    // ARCHITECTURE.md, "The 18 system baskets (fixed names)".
    private static readonly string[] ArchitectureNames =
    [
        "US Elections", "US Government & Policy", "Geopolitics & Conflict", "Monetary Policy & Rates",
        "Inflation & Macro Data", "Equities & Corporate", "Crypto", "Energy", "Metals & Agriculture",
        "Climate & Weather", "Technology & AI", "Health & Pandemics", "Trade & Tariffs", "Sports",
        "Entertainment & Culture", "Science & Space", "Legal & Regulatory", "Global Economy & FX",
    ];

    [Fact]
    public async Task The_18_system_baskets_carry_the_architecture_names_and_their_risk_factors_without_a_token()
    {
        var response = await service.Factory.CreateClient().GetAsync("/api/v1/system-baskets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var baskets = (await CategorizationService.JsonAsync(response)).EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 18), baskets.Select(b => b.GetProperty("number").GetInt32()));
        Assert.Equal(ArchitectureNames, baskets.Select(b => b.GetProperty("name").GetString()));
        Assert.All(baskets, b => Assert.NotEmpty(b.GetProperty("riskFactors").EnumerateArray()));
        Assert.Equal("1", baskets[0].GetProperty("taxonomyVersion").GetString());
    }

    [Fact]
    public async Task Seventy_or_more_risk_factors_are_served_each_under_a_system_basket()
    {
        var factors = (await CategorizationService.JsonAsync(await service.Factory.CreateClient().GetAsync("/api/v1/risk-factors"))).EnumerateArray().ToList();

        Assert.True(factors.Count >= 70, $"{factors.Count} risk factors");
        Assert.All(factors, f => Assert.InRange(f.GetProperty("systemBasket").GetInt32(), 1, 18));
        Assert.Equal(factors.Count, factors.Select(f => f.GetProperty("id").GetString()).Distinct().Count());
        Assert.Contains(factors, f => f.GetProperty("id").GetString() == "rates.fed-funds" && f.GetProperty("systemBasket").GetInt32() == 4);
        // Each factor as the taxonomy file gives it: keywords, aliases and entity patterns, not only its name.
        var taxonomy = service.Factory.Services.GetRequiredService<CategorizationTaxonomy>();
        foreach (var factor in factors)
        {
            var source = taxonomy.Factors.Single(f => f.Id == factor.GetProperty("id").GetString());
            Assert.Equal(source.Keywords, factor.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!));
            Assert.Equal(source.Aliases, factor.GetProperty("aliases").EnumerateArray().Select(k => k.GetString()!));
            Assert.Equal(source.EntityPatterns, factor.GetProperty("entityPatterns").EnumerateArray().Select(k => k.GetString()!));
            Assert.NotEmpty(source.Aliases);
            Assert.NotEmpty(source.EntityPatterns);
        }

        var crypto = (await CategorizationService.JsonAsync(await service.Factory.CreateClient().GetAsync("/api/v1/risk-factors?systemBasket=7"))).EnumerateArray().ToList();
        Assert.NotEmpty(crypto);
        Assert.All(crypto, f => Assert.Equal(7, f.GetProperty("systemBasket").GetInt32()));
    }

    [Fact]
    public async Task One_system_basket_by_number_and_bad_numbers()
    {
        var client = service.Factory.CreateClient();
        var sports = await CategorizationService.JsonAsync(await client.GetAsync("/api/v1/system-baskets/14"));
        Assert.Equal("Sports", sports.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/system-baskets/19")).StatusCode);

        var response = await client.GetAsync("/api/v1/risk-factors?systemBasket=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await CategorizationService.JsonAsync(response)).GetProperty("errors").TryGetProperty("systemBasket", out _));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await service.WithDbAsync(async db => (await db.SystemBaskets.CountAsync(), await db.RiskFactors.CountAsync()));

        var seeder = service.Factory.Services.GetServices<IHostedService>().OfType<TaxonomySeeder>().Single();
        await seeder.StartAsync(CancellationToken.None);

        Assert.Equal(before, await service.WithDbAsync(async db => (await db.SystemBaskets.CountAsync(), await db.RiskFactors.CountAsync())));
        Assert.Equal(18, before.Item1);
    }
}
