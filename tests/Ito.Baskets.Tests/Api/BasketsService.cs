using System.Net.Http.Json;
using System.Text.Json;
using Ito.Baskets.Data;
using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.Baskets.Tests.Api;

/// <summary>
/// The baskets service on its own database and vhost for one test class, plus what tests need around it: markets
/// announced over the real bus as ingestion and categorization would, and a look into the service's tables.
/// </summary>
public sealed class BasketsService : IAsyncLifetime
{
    // Generous: on a loaded 2-core machine a message can take many seconds to be consumed.
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly IsolatedInfrastructure infrastructure = new();

    public ServiceFactory<Program> Factory { get; private set; } = null!;

    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    public async Task InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        Factory = new ServiceFactory<Program>(infrastructure, ServiceNames.Baskets);
        Factory.CreateClient().Dispose(); // starts the host: migrations, seeding, bus
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await infrastructure.DisposeAsync();
        sampleGate.Dispose();
    }

    private readonly SemaphoreSlim sampleGate = new(1, 1);
    private (MarketId Open, MarketId OtherOpen, MarketId Closed)? samples;

    /// <summary>Two open markets (Kalshi, Polymarket) and a closed one, listed once per test class for tests that only read them.</summary>
    public async Task<(MarketId Open, MarketId OtherOpen, MarketId Closed)> SampleMarketsAsync()
    {
        await sampleGate.WaitAsync();
        try
        {
            if (samples is null)
            {
                var closed = await ListMarketAsync();
                await CloseMarketAsync(closed);
                samples = (await ListMarketAsync(), await ListMarketAsync(Venue.Polymarket), closed);
            }
            return samples.Value;
        }
        finally
        {
            sampleGate.Release();
        }
    }

    public HttpClient ClientFor(Guid userId, bool admin = false, IReadOnlyCollection<string>? scopes = null) =>
        Factory.CreateClientFor(userId, admin, scopes);

    public async Task<T> WithDbAsync<T>(Func<BasketsDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BasketsDbContext>());
    }

    /// <summary>Announces a new market as ingestion would and waits until the service knows it.</summary>
    public async Task<MarketId> ListMarketAsync(Venue venue = Venue.Kalshi, MarketStatus status = MarketStatus.Open, string? title = null)
    {
        var id = MarketId.For(venue, venue == Venue.Kalshi ? "KX-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant() : "0x" + Guid.NewGuid().ToString("N"));
        await UpsertMarketAsync(id, status, title ?? $"Will {id} resolve YES?", Now());
        return id;
    }

    public async Task UpsertMarketAsync(MarketId id, MarketStatus status, string title, DateTimeOffset at, Guid? messageId = null)
    {
        await Bus.Publish(Upserted(id, status, title, at), c => c.MessageId = messageId ?? NewId.NextGuid());
        await Eventually.TrueAsync(
            () => WithDbAsync(db => db.Markets.AnyAsync(m => m.Id == id && m.ListedAt == at)),
            Patience, $"market {id} listed");
    }

    /// <summary>Now on PostgreSQL's microsecond grid, so a time read back compares equal to the one sent.</summary>
    public static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
    }

    public static MarketUpserted Upserted(MarketId id, MarketStatus status, string title, DateTimeOffset at) =>
        new(id, null, title, null, null, null, null, [], status, at.AddDays(30), at);

    public async Task CloseMarketAsync(MarketId id)
    {
        var at = Now();
        await Bus.Publish(new MarketClosed(id, "delisted", null, at));
        await Eventually.TrueAsync(() => WithDbAsync(db => db.Markets.AnyAsync(m => m.Id == id && m.ListedAt == at)), Patience, $"market {id} closed");
    }

    /// <summary>Publishes categorization's verdict and waits until it (and so its basket change, same transaction) is applied.</summary>
    public async Task CategorizeAsync(MarketId id, int systemBasket, Direction direction = Direction.Up, Guid? messageId = null)
    {
        var at = Now();
        await Bus.Publish(Categorized(id, systemBasket, direction, at), c => c.MessageId = messageId ?? NewId.NextGuid());
        await Eventually.TrueAsync(() => WithDbAsync(db => db.Markets.AnyAsync(m => m.Id == id && m.CategorizedAt == at)), Patience, $"market {id} categorized");
    }

    public static MarketCategorized Categorized(MarketId id, int systemBasket, Direction direction, DateTimeOffset at) =>
        new(id, systemBasket, direction, 0.9m, [new RiskFactorScore("test-factor", 0.9m)], "test", at);

    /// <summary>The integration events of one type the service saved to its outbox that mention <paramref name="text"/>.</summary>
    public Task<List<JsonElement>> OutboxEventsAsync<TEvent>(string text) => WithDbAsync(async db =>
    {
        var typeName = typeof(TEvent).FullName!;
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.StartsWith(typeName + ","))
            .OrderBy(m => m.Sequence)
            .Select(m => m.Payload)
            .ToListAsync();
        return rows.Where(p => p.Contains(text, StringComparison.Ordinal)).Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
    });

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>())!;
}
