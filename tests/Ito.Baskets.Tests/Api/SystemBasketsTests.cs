using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Baskets.SystemBaskets;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ito.Baskets.Tests.Api;

/// <summary>The 18 system baskets: seeded at start, maintained from categorization and closures over the real bus.</summary>
public sealed class SystemBasketsTests(BasketsService service) : IClassFixture<BasketsService>
{
    private static Guid IdOf(int number) => SystemBasketCatalog.All[number - 1].Id;

    private async Task<List<(string MarketId, string Side, decimal Weight)>> LegsOfAsync(int number)
    {
        var basket = await BasketsService.JsonAsync(await service.ClientFor(Guid.NewGuid()).GetAsync($"/api/v1/baskets/{IdOf(number)}"));
        return basket.GetProperty("legs").EnumerateArray()
            .Select(l => (l.GetProperty("marketId").GetString()!, l.GetProperty("side").GetString()!, l.GetProperty("normalizedWeight").GetDecimal()))
            .ToList();
    }

    private async Task<int> LegsChangedCountAsync(int number) =>
        (await service.OutboxEventsAsync<BasketLegsChanged>(IdOf(number).ToString())).Count;

    [Fact]
    public async Task The_18_system_baskets_exist_from_the_start_with_their_names_numbers_and_slugs_and_seeding_again_adds_none()
    {
        var page = await BasketsService.JsonAsync(await service.ClientFor(Guid.NewGuid()).GetAsync("/api/v1/baskets?filter=system&size=100"));
        Assert.Equal(18, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray()
            .Select(i => (Number: i.GetProperty("systemNumber").GetInt32(), Name: i.GetProperty("name").GetString(), Slug: i.GetProperty("slug").GetString(), Kind: i.GetProperty("kind").GetString()))
            .OrderBy(i => i.Number)
            .ToList();
        Assert.Equal(Enumerable.Range(1, 18), items.Select(i => i.Number));
        Assert.Equal(
            ["US Elections", "US Government & Policy", "Geopolitics & Conflict", "Monetary Policy & Rates", "Inflation & Macro Data",
             "Equities & Corporate", "Crypto", "Energy", "Metals & Agriculture", "Climate & Weather", "Technology & AI",
             "Health & Pandemics", "Trade & Tariffs", "Sports", "Entertainment & Culture", "Science & Space",
             "Legal & Regulatory", "Global Economy & FX"],
            items.Select(i => i.Name));
        Assert.Equal("monetary-policy-rates", items[3].Slug);
        Assert.All(items, i => Assert.Equal("system", i.Kind));

        var seeder = service.Factory.Services.GetServices<IHostedService>().OfType<SystemBasketSeeder>().Single();
        await seeder.StartAsync(CancellationToken.None);
        Assert.Equal(18, await service.WithDbAsync(db => db.Baskets.CountAsync(b => b.Kind == BasketKind.System)));
        var created = await service.OutboxEventsAsync<BasketCreated>("");
        Assert.Equal(
            SystemBasketCatalog.All.Select(d => d.Id).Order(),
            created.Where(e => e.GetProperty("kind").GetInt32() == (int)BasketKind.System).Select(e => e.GetProperty("basketId").GetGuid()).Order());
        Assert.All(created.Where(e => e.GetProperty("kind").GetInt32() == (int)BasketKind.System),
            e => Assert.Equal((int)BasketVisibility.Public, e.GetProperty("visibility").GetInt32()));
    }

    [Fact]
    public async Task A_categorized_market_joins_its_basket_moves_add_then_remove_and_leaves_on_review_or_close()
    {
        var up = await service.ListMarketAsync();
        var down = await service.ListMarketAsync(Venue.Polymarket);
        var (changesOf4, changesOf18) = (await LegsChangedCountAsync(4), await LegsChangedCountAsync(18));

        await service.CategorizeAsync(up, 4, Direction.Up);
        await service.CategorizeAsync(down, 4, Direction.Down);
        var legs = await LegsOfAsync(4);
        Assert.Contains((up.ToString(), "YES", 0.5m), legs);
        Assert.Contains((down.ToString(), "NO", 0.5m), legs);
        Assert.Equal(changesOf4 + 2, await LegsChangedCountAsync(4));

        // Moving: joins 18, leaves 4, both announced.
        await service.CategorizeAsync(up, 18, Direction.None);
        Assert.Equal([(up.ToString(), "YES", 1m)], await LegsOfAsync(18));
        Assert.Equal([(down.ToString(), "NO", 1m)], await LegsOfAsync(4));
        var movedOut = (await service.OutboxEventsAsync<BasketLegsChanged>(IdOf(4).ToString())).Last();
        Assert.DoesNotContain(up.ToString(), movedOut.ToString(), StringComparison.Ordinal);
        Assert.Equal(changesOf4 + 3, await LegsChangedCountAsync(4));
        Assert.Equal(changesOf18 + 1, await LegsChangedCountAsync(18));

        // To the review queue: out of every system basket.
        await service.CategorizeAsync(up, SystemBasketCatalog.ReviewQueue);
        Assert.Empty(await LegsOfAsync(18));

        // Closed: out too, and a later verdict cannot bring it back.
        await service.CloseMarketAsync(down);
        Assert.Empty(await LegsOfAsync(4));
        await service.CategorizeAsync(down, 4, Direction.Down);
        Assert.Empty(await LegsOfAsync(4));
    }

    [Fact]
    public async Task A_verdict_that_overtakes_the_listing_takes_effect_once_the_market_is_listed_open()
    {
        var early = MarketId.For(Venue.Kalshi, "EARLY-" + Guid.NewGuid().ToString("N")[..8]);
        await service.CategorizeAsync(early, 7, Direction.Up);
        Assert.DoesNotContain(await LegsOfAsync(7), l => l.MarketId == early.ToString());

        await service.UpsertMarketAsync(early, MarketStatus.Open, "BTC above 100k?", BasketsService.Now());
        Assert.Contains(await LegsOfAsync(7), l => l.MarketId == early.ToString() && l.Side == "YES");
    }

    [Fact]
    public async Task The_same_MarketUpserted_delivered_twice_has_one_effect()
    {
        var id = MarketId.For(Venue.Polymarket, "0x" + Guid.NewGuid().ToString("N"));
        var messageId = NewId.NextGuid();
        var first = BasketsService.Now();
        await service.UpsertMarketAsync(id, MarketStatus.Open, "First title", first, messageId);

        // The same message id again, carrying a newer listing: had it been applied, the title would change.
        await service.Bus.Publish(BasketsService.Upserted(id, MarketStatus.Open, "Second title", first.AddMinutes(1)), c => c.MessageId = messageId);
        await service.ListMarketAsync(); // a later message, consumed after the duplicate on the same queue

        Assert.Equal("First title", await service.WithDbAsync(db => db.Markets.Where(m => m.Id == id).Select(m => m.Title).SingleAsync()));
        Assert.Equal(1, await service.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task The_same_MarketCategorized_delivered_twice_has_one_effect()
    {
        var market = await service.ListMarketAsync();
        var changesOf9 = await LegsChangedCountAsync(9);
        var messageId = NewId.NextGuid();
        var at = BasketsService.Now();
        var verdict = BasketsService.Categorized(market, 9, Direction.Up, at);
        await Task.WhenAll(
            service.Bus.Publish(verdict, c => c.MessageId = messageId),
            service.Bus.Publish(verdict, c => c.MessageId = messageId));
        await Eventually.TrueAsync(() => service.WithDbAsync(db => db.Markets.AnyAsync(m => m.Id == market && m.CategorizedAt == at)), BasketsService.Patience, "the verdict applied");

        // A third delivery, this time moving the market elsewhere: ignored because the id was seen.
        await service.Bus.Publish(BasketsService.Categorized(market, 10, Direction.Up, at.AddMinutes(1)), c => c.MessageId = messageId);
        var marker = await service.ListMarketAsync();
        await service.CategorizeAsync(marker, 9);

        Assert.Contains(await LegsOfAsync(9), l => l.MarketId == market.ToString());
        Assert.DoesNotContain(await LegsOfAsync(10), l => l.MarketId == market.ToString());
        Assert.Equal(changesOf9 + 2, await LegsChangedCountAsync(9)); // the market joining, then the marker
        Assert.Equal(1, await service.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task System_baskets_are_read_only_except_that_admins_may_set_their_legs()
    {
        var a = await service.ListMarketAsync();
        var b = await service.ListMarketAsync(Venue.Polymarket);
        var update = new
        {
            name = "Science & Space",
            legs = new[] { new { marketId = a.ToString(), side = "YES", weight = 3 }, new { marketId = b.ToString(), side = "NO", weight = 1 } },
        };
        var user = service.ClientFor(Guid.NewGuid());
        var admin = service.ClientFor(Guid.NewGuid(), admin: true);

        var refused = await user.PutAsJsonAsync($"/api/v1/baskets/{IdOf(16)}", update);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.DeleteAsync($"/api/v1/baskets/{IdOf(16)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/baskets/{IdOf(16)}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/v1/baskets/{IdOf(16)}", update with { name = "Rocket stuff" })).StatusCode);

        var put = await admin.PutAsJsonAsync($"/api/v1/baskets/{IdOf(16)}", update);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal([(a.ToString(), "YES", 0.75m), (b.ToString(), "NO", 0.25m)], await LegsOfAsync(16));
        Assert.Equal(1, await LegsChangedCountAsync(16));
        Assert.Equal("public", (await BasketsService.JsonAsync(put)).GetProperty("visibility").GetString());
    }
}
