using System.Net;
using System.Net.Http.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.Backfill;
using Ito.Pricing.Prices;
using Ito.Testing;
using MassTransit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Tests.Integration;

/// <summary>
/// Who may read a basket's prices: its owner, admins, and everyone for system and public baskets. Another user's
/// private basket answers 404 ProblemDetails on every pricing endpoint, exactly as an unknown basket does.
/// </summary>
public sealed class BasketAccessTests(PricingHost host) : IClassFixture<PricingHost>
{
    private static readonly string[] ReadPaths = ["price", "history", "stream"];

    private HttpClient As(Guid userId, bool admin = false) => host.Pricing.CreateClientFor(userId, admin);

    private async Task<Guid> CreateAsync(BasketKind kind, Guid? owner, BasketVisibility visibility, DateTimeOffset? at = null)
    {
        var (basketId, market) = (Guid.NewGuid(), MarketId.For(Venue.Kalshi, "ACL-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()));
        await host.Bus.Publish(new BasketCreated(basketId, kind, owner, "access", [new BasketLegInfo(market, Side.Yes, 1)],
            at ?? DateTimeOffset.UtcNow, visibility));
        await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, 0.42m, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () =>
            {
                var response = await As(Guid.NewGuid(), admin: true).GetAsync($"/api/v1/baskets/{basketId}/price");
                return response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<BasketPriceView>())!.Price == 0.42m;
            },
            PricingHost.Patience, "the basket known to pricing and priced");
        return basketId;
    }

    /// <summary>The status of a read; a stream is only opened (its headers read), then dropped.</summary>
    private static async Task<HttpStatusCode> ReadAsync(HttpClient client, Guid basketId, string path)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/baskets/{basketId}/{path}"),
            HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode == HttpStatusCode.NotFound) await AssertNotFoundProblemAsync(response);
        return response.StatusCode;
    }

    private static async Task AssertNotFoundProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("https://docs.itomarkets.dev/problems/not-found", problem!.Type);
    }

    [Fact]
    public async Task Another_users_private_basket_is_404_on_every_endpoint_like_an_unknown_one_while_its_owner_and_admins_read_it()
    {
        var (owner, stranger) = (Guid.NewGuid(), Guid.NewGuid());
        var basketId = await CreateAsync(BasketKind.Custom, owner, BasketVisibility.Private);

        foreach (var path in ReadPaths)
        {
            Assert.Equal(HttpStatusCode.OK, await ReadAsync(As(owner), basketId, path));
            Assert.Equal(HttpStatusCode.OK, await ReadAsync(As(Guid.NewGuid(), admin: true), basketId, path));
            Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(As(stranger), basketId, path));
            Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(As(stranger), Guid.NewGuid(), path));
        }

        var jobsBefore = await host.WithDbAsync(db => db.BackfillJobs.CountAsync(j => j.BasketId == basketId));
        await AssertNotFoundProblemAsync(await As(stranger).PostAsync($"/api/v1/baskets/{basketId}/backfill?days=5", null));
        Assert.Equal(jobsBefore, await host.WithDbAsync(db => db.BackfillJobs.CountAsync(j => j.BasketId == basketId)));

        var started = await As(owner).PostAsync($"/api/v1/baskets/{basketId}/backfill?days=5", null);
        Assert.True(started.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"owner's backfill answered {started.StatusCode}");
        var job = (await started.Content.ReadFromJsonAsync<BackfillJobView>())!;
        Assert.Equal(HttpStatusCode.OK, (await As(owner).GetAsync($"/api/v1/backfill-jobs/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await As(Guid.NewGuid(), admin: true).GetAsync($"/api/v1/backfill-jobs/{job.Id}")).StatusCode);
        await AssertNotFoundProblemAsync(await As(stranger).GetAsync($"/api/v1/backfill-jobs/{job.Id}"));
    }

    [Fact]
    public async Task System_and_public_baskets_are_readable_by_anyone_with_baskets_read()
    {
        var system = await CreateAsync(BasketKind.System, null, BasketVisibility.Public);
        var shared = await CreateAsync(BasketKind.Custom, Guid.NewGuid(), BasketVisibility.Public);

        foreach (var basketId in new[] { system, shared })
        {
            foreach (var path in ReadPaths) Assert.Equal(HttpStatusCode.OK, await ReadAsync(As(Guid.NewGuid()), basketId, path));
        }
    }

    [Fact]
    public async Task Turning_private_hides_the_basket_and_ends_open_streams_turning_public_shows_it_and_an_older_change_is_ignored()
    {
        var (owner, stranger) = (Guid.NewGuid(), Guid.NewGuid());
        var createdAt = DateTimeOffset.UtcNow;
        var basketId = await CreateAsync(BasketKind.Custom, owner, BasketVisibility.Public, createdAt);
        using var strangersStream = await SseReader.OpenAsync(As(stranger), $"/api/v1/baskets/{basketId}/stream");
        Assert.Equal(0.42m, (await strangersStream.NextAsync()).Price.Price);

        await host.Bus.Publish(new BasketVisibilityChanged(basketId, BasketVisibility.Private, createdAt.AddSeconds(1)));
        Assert.True(await strangersStream.EndsAsync(), "the stranger's open stream ended when the basket turned private");
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(As(stranger), basketId, "price"));
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(As(stranger), basketId, "stream"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(As(owner), basketId, "price"));

        // A change older than the one applied (events can arrive out of order) leaves the basket private.
        await host.Bus.Publish(new BasketVisibilityChanged(basketId, BasketVisibility.Public, createdAt.AddMilliseconds(500)));
        await host.Bus.Publish(new BasketVisibilityChanged(basketId, BasketVisibility.Public, createdAt.AddSeconds(2)));
        await Eventually.TrueAsync(async () => await ReadAsync(As(stranger), basketId, "price") == HttpStatusCode.OK,
            PricingHost.Patience, "the basket public again");
        var applied = await host.WithDbAsync(db => db.Baskets.AsNoTracking().SingleAsync(b => b.Id == basketId));
        Assert.Equal(createdAt.AddSeconds(2).UtcDateTime, applied.VisibilitySetAt.UtcDateTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_visibility_change_that_overtakes_its_BasketCreated_is_kept()
    {
        var (owner, basketId) = (Guid.NewGuid(), Guid.NewGuid());
        var createdAt = DateTimeOffset.UtcNow;
        await host.Bus.Publish(new BasketVisibilityChanged(basketId, BasketVisibility.Private, createdAt.AddSeconds(1)));
        await Eventually.TrueAsync(() => host.WithDbAsync(db => db.Baskets.AnyAsync(b => b.Id == basketId)), PricingHost.Patience, "the placeholder stored");

        var market = MarketId.For(Venue.Kalshi, "ACL-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());
        await host.Bus.Publish(new BasketCreated(basketId, BasketKind.Custom, owner, "late", [new BasketLegInfo(market, Side.Yes, 1)], createdAt, BasketVisibility.Public));
        await Eventually.TrueAsync(() => host.WithDbAsync(db => db.Baskets.AnyAsync(b => b.Id == basketId && b.OwnerId == owner)), PricingHost.Patience, "the late BasketCreated applied");

        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(As(Guid.NewGuid()), basketId, "price"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(As(owner), basketId, "price"));
    }

    [Fact]
    public async Task A_basket_whose_creation_was_missed_learns_its_kind_and_owner_from_a_legs_change()
    {
        var (system, custom, owner) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var market = MarketId.For(Venue.Kalshi, "MISSED-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());
        await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, 0.31m, DateTimeOffset.UtcNow));
        await host.Bus.Publish(new BasketLegsChanged(system, [new BasketLegInfo(market, Side.Yes, 1)], DateTimeOffset.UtcNow, BasketKind.System, Name: "Missed system basket"));
        await host.Bus.Publish(new BasketLegsChanged(custom, [new BasketLegInfo(market, Side.No, 1)], DateTimeOffset.UtcNow, BasketKind.Custom, owner));

        await Eventually.TrueAsync(async () => await ReadAsync(As(Guid.NewGuid()), system, "price") == HttpStatusCode.OK,
            PricingHost.Patience, "the system basket readable by anyone");
        foreach (var path in ReadPaths) Assert.Equal(HttpStatusCode.OK, await ReadAsync(As(Guid.NewGuid()), system, path));
        Assert.Equal("Missed system basket", await host.WithDbAsync(db => db.Baskets.Where(b => b.Id == system).Select(b => b.Name).SingleAsync()));
        await Eventually.TrueAsync(async () => await ReadAsync(As(owner), custom, "price") == HttpStatusCode.OK,
            PricingHost.Patience, "the custom basket readable by its owner");
        // Its visibility was never told: private, so a stranger still gets 404.
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(As(Guid.NewGuid()), custom, "price"));
    }
}
