using System.Net.Http.Json;
using System.Text.Json;
using Ito.Categorization.Data;
using Ito.Categorization.Markets;
using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.Categorization.Tests.Integration;

[CollectionDefinition(Name)]
public sealed class CategorizationServiceCollection : ICollectionFixture<CategorizationService>
{
    public const string Name = "categorization service";
}

/// <summary>
/// The categorization service on its own database and vhost, shared by the integration test classes (one host start
/// for all of them), plus what tests need around it: markets announced over the real bus as ingestion would, and a
/// look into the service's tables.
/// </summary>
public sealed class CategorizationService : IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public IsolatedInfrastructure Infrastructure { get; } = new();

    public ServiceFactory<Program> Factory { get; private set; } = null!;

    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    public async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        Factory = new ServiceFactory<Program>(Infrastructure, ServiceNames.Categorization);
        Factory.CreateClient().Dispose(); // starts the host: migrations, taxonomy seeding, pipeline warm-up, bus
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Infrastructure.DisposeAsync();
    }

    public HttpClient AdminClient(Guid? adminId = null) => Factory.CreateClientFor(adminId ?? Guid.NewGuid(), admin: true);

    public HttpClient UserClient() => Factory.CreateClientFor(Guid.NewGuid());

    public async Task<T> WithDbAsync<T>(Func<CategorizationDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CategorizationDbContext>());
    }

    public static MarketId NewMarketId(Venue venue = Venue.Kalshi) => MarketId.For(venue,
        venue == Venue.Kalshi ? "KX-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant() : "0x" + Guid.NewGuid().ToString("N"));

    public static MarketUpserted Upserted(MarketId id, string title, string? subtitle = null, string? rules = null,
        string? venueCategory = null, IReadOnlyList<string>? tags = null) =>
        new(id, null, title, subtitle, rules, null, venueCategory, tags ?? [], MarketStatus.Open, DateTimeOffset.UtcNow.AddDays(30), DateTimeOffset.UtcNow);

    /// <summary>Publishes as ingestion would; returns the message id.</summary>
    public async Task<Guid> PublishAsync(MarketUpserted message, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        await Bus.Publish(message, c => c.MessageId = id);
        return id;
    }

    /// <summary>Publishes and waits until the consumer committed its effect (its inbox record).</summary>
    public async Task<Guid> UpsertAsync(MarketUpserted message, Guid? messageId = null)
    {
        var id = await PublishAsync(message, messageId);
        await ProcessedAsync(id);
        return id;
    }

    public Task ProcessedAsync(Guid messageId) => Eventually.TrueAsync(
        () => WithDbAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == nameof(MarketUpsertedConsumer))),
        Patience, $"message {messageId} consumed");

    public Task<MarketCategorization?> CategorizationAsync(MarketId id) =>
        WithDbAsync(db => db.MarketCategorizations.AsNoTracking().SingleOrDefaultAsync(m => m.MarketId == id));

    /// <summary>The MarketCategorized events the service saved to its outbox for one market, oldest first.</summary>
    public Task<List<JsonElement>> CategorizedEventsAsync(MarketId id) => WithDbAsync(async db =>
    {
        var typeName = typeof(MarketCategorized).FullName!;
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.StartsWith(typeName + ","))
            .OrderBy(m => m.Sequence)
            .Select(m => m.Payload)
            .ToListAsync();
        return rows.Select(p => JsonDocument.Parse(p).RootElement.Clone())
            .Where(e => e.GetProperty("marketId").GetString() == id.ToString())
            .ToList();
    });

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>())!;
}
