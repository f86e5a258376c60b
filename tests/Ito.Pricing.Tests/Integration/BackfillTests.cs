using System.Net;
using System.Net.Http.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Pricing.Backfill;
using Ito.Pricing.History;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Tests.Integration;

/// <summary>Backfill from the in-process exchange simulator through Ito.Venues.</summary>
public sealed class BackfillTests(PricingHost host) : IClassFixture<PricingHost>
{
    private static readonly TimeSpan JobPatience = TimeSpan.FromSeconds(60);

    private async Task<Guid> CreateBasketAsync(IReadOnlyList<MarketId> markets)
    {
        var basketId = Guid.NewGuid();
        var legs = markets.Select((m, i) => new BasketLegInfo(m, i % 2 == 0 ? Side.Yes : Side.No, 1m / markets.Count)).ToArray();
        await host.Bus.Publish(new BasketCreated(basketId, BasketKind.Custom, Guid.NewGuid(), "backfill", legs, DateTimeOffset.UtcNow, BasketVisibility.Public));
        return basketId;
    }

    /// <summary>
    /// A basket first heard of through a legs change: pricing knows it but queues no automatic backfill, so a test of
    /// manual backfills neither waits for a 365-day one nor races it. Without BasketCreated it is private and ownerless:
    /// only admins read it.
    /// </summary>
    private async Task<Guid> DefineBasketWithoutBackfillAsync(IReadOnlyList<MarketId> markets)
    {
        var basketId = Guid.NewGuid();
        var legs = markets.Select(m => new BasketLegInfo(m, Side.Yes, 1)).ToArray();
        await host.Bus.Publish(new BasketLegsChanged(basketId, legs, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(() => host.WithDbAsync(db => db.Baskets.AnyAsync(b => b.Id == basketId)), PricingHost.Patience, "the basket known");
        return basketId;
    }

    private async Task<BackfillJobView> WaitForEndAsync(Guid jobId)
    {
        var client = host.AdminClient(Scopes.BasketsRead);
        BackfillJobView? job = null;
        await Eventually.TrueAsync(async () =>
        {
            job = await client.GetFromJsonAsync<BackfillJobView>($"/api/v1/backfill-jobs/{jobId}");
            return job!.State is "completed" or "partial" or "failed";
        }, JobPatience, $"backfill job {jobId} to end");
        return job!;
    }

    private Task<int> BarCountAsync(Guid basketId, string interval) =>
        host.WithDbAsync(db => db.BasketHistory.CountAsync(h => h.BasketId == basketId && h.Interval == interval));

    [Fact]
    public async Task A_new_basket_gets_365_days_of_hourly_and_daily_history_without_asking()
    {
        var markets = (await host.KalshiMarketsAsync(2)).Concat(await host.PolymarketMarketsAsync(2)).ToArray();
        var basketId = await CreateBasketAsync(markets);

        BackfillJob? queued = null;
        await Eventually.TrueAsync(async () =>
        {
            queued = await host.WithDbAsync(db => db.BackfillJobs.AsNoTracking().FirstOrDefaultAsync(j => j.BasketId == basketId));
            return queued is not null;
        }, PricingHost.Patience, "the automatic job recorded");
        Assert.Equal(365, queued!.Days);

        var job = await WaitForEndAsync(queued.Id);
        Assert.Equal("completed", job.State);
        Assert.Equal(new BackfillProgress(4, 4, 100), job.Progress);
        Assert.Empty(job.Errors);
        var hourly = await BarCountAsync(basketId, "1h");
        var daily = await BarCountAsync(basketId, "1d");
        Assert.Equal(hourly + daily, job.SnapshotsWritten);
        Assert.InRange(daily, 300, 366);
        Assert.InRange(hourly, 300 * 24, 365 * 24 + 1);

        var client = host.Client(Scopes.BasketsRead);
        var history = await client.GetFromJsonAsync<BasketHistoryResponse>(
            $"/api/v1/baskets/{basketId}/history?interval=1d&from={DateTimeOffset.UtcNow.AddDays(-200):yyyy-MM-dd}T00:00:00Z");
        Assert.InRange(history!.Points.Count, 199, 201);
        Assert.All(history.Points, p => Assert.True(p.Low <= p.Open && p.Open <= p.High && p.Low <= p.Close && p.Close <= p.High && p.Low >= 0 && p.High <= 1));
        Assert.Contains(history.Points, p => p.Source == "backfill");
    }

    [Fact]
    public async Task A_manual_backfill_answers_202_a_second_request_gets_the_running_job_and_a_rerun_never_duplicates_rows()
    {
        var basketId = await DefineBasketWithoutBackfillAsync(await host.KalshiMarketsAsync(3));
        var client = host.AdminClient(Scopes.BasketsRead, Scopes.BasketsWrite);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/baskets/{basketId}/backfill")).StatusCode);

        // Slow venue answers keep the job running while the second request arrives.
        using var simulator = host.Simulator.CreateClient();
        (await simulator.PostAsJsonAsync("/admin/faults", new { venue = "kalshi", path = "/candlesticks", latencyMs = 700 })).EnsureSuccessStatusCode();
        BackfillJobView first;
        try
        {
            var started = await client.PostAsync($"/api/v1/baskets/{basketId}/backfill?days=30", null);
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            first = (await started.Content.ReadFromJsonAsync<BackfillJobView>())!;
            Assert.Equal($"/api/v1/backfill-jobs/{first.Id}", started.Headers.Location!.OriginalString);

            var again = await client.PostAsync($"/api/v1/baskets/{basketId}/backfill?days=30", null);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(first.Id, (await again.Content.ReadFromJsonAsync<BackfillJobView>())!.Id);
            Assert.Equal(first.Id, (await client.GetFromJsonAsync<BackfillJobView>($"/api/v1/baskets/{basketId}/backfill"))!.Id);
        }
        finally
        {
            await simulator.DeleteAsync("/admin/faults");
        }

        Assert.Equal("completed", (await WaitForEndAsync(first.Id)).State);
        var rowsAfterFirst = await BarCountAsync(basketId, "1h");

        var rerun = await client.PostAsync($"/api/v1/baskets/{basketId}/backfill?days=30", null);
        Assert.Equal(HttpStatusCode.Accepted, rerun.StatusCode);
        var second = (await rerun.Content.ReadFromJsonAsync<BackfillJobView>())!;
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal("completed", (await WaitForEndAsync(second.Id)).State);
        Assert.Equal(rowsAfterFirst, await BarCountAsync(basketId, "1h"));
    }

    [Fact]
    public async Task A_venue_failing_every_try_ends_the_job_partial_with_the_reason_and_writes_nothing()
    {
        var basketId = await DefineBasketWithoutBackfillAsync([(await host.KalshiMarketsAsync(1))[0], (await host.PolymarketMarketsAsync(1))[0]]);
        var client = host.AdminClient(Scopes.BasketsRead, Scopes.BasketsWrite);

        using var simulator = host.Simulator.CreateClient();
        (await simulator.PostAsJsonAsync("/admin/faults", new { venue = "polymarket", path = "/prices-history", serverErrors = 1000, serverErrorStatus = 503 }))
            .EnsureSuccessStatusCode();
        BackfillJobView job;
        try
        {
            var started = await client.PostAsync($"/api/v1/baskets/{basketId}/backfill?days=60", null);
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            job = await WaitForEndAsync((await started.Content.ReadFromJsonAsync<BackfillJobView>())!.Id);
        }
        finally
        {
            await simulator.DeleteAsync("/admin/faults");
        }

        Assert.Equal("partial", job.State);
        Assert.Equal(0, job.SnapshotsWritten);
        Assert.Contains(job.Errors, e => e.Contains("attempt 1 failed", StringComparison.Ordinal) && e.Contains("polymarket:", StringComparison.Ordinal));
        Assert.Contains(job.Errors, e => e.Contains("gave up after 2 attempts", StringComparison.Ordinal) && e.Contains("503", StringComparison.Ordinal));
        Assert.Equal(0, await BarCountAsync(basketId, "1h") + await BarCountAsync(basketId, "1d"));
        Assert.False(await host.WithDbAsync(db => db.BackfillJobs.AnyAsync(j => j.BasketId == basketId && j.Id != job.Id)));
    }

    [Fact]
    public async Task A_backfill_request_is_validated_and_an_unknown_basket_is_not_found()
    {
        var client = host.Client(Scopes.BasketsWrite, Scopes.BasketsRead);
        var basketId = Guid.NewGuid();
        foreach (var days in new[] { "0", "731", "abc", "-5" })
        {
            await LivePricingTests.AssertRefusedAsync(client, $"/api/v1/baskets/{basketId}/backfill?days={days}", "days", HttpMethod.Post);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/baskets/{basketId}/backfill?days=10", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/backfill-jobs/{Guid.NewGuid()}")).StatusCode);
    }
}
