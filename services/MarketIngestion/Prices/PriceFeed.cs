using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.MarketIngestion.Data;
using Ito.MarketIngestion.Sync;
using Ito.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ito.MarketIngestion.Prices;

/// <summary>
/// Polls the venues' batch endpoints for every open market and emits <see cref="MarketPriceChanged"/> only when a
/// quote moved, writing each batch's events to the outbox in one statement and the latest quotes to Redis.
/// The last quotes are remembered in memory and, after a restart, read back from Redis so a restart is not a storm.
/// </summary>
internal sealed partial class PriceFeed(
    IServiceScopeFactory scopes,
    VenueQuotes venueQuotes,
    RedisPriceStore store,
    OutboxSignal outboxSignal,
    IOptions<PriceFeedOptions> options,
    TimeProvider time,
    ILogger<PriceFeed> logger) : BackgroundService
{
    private readonly Dictionary<string, PriceQuote> _last = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        var interval = TimeSpan.FromSeconds(Math.Max(0.1, options.Value.IntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPollFailed(ex.Message);
            }

            await Task.Delay(interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One pass over every open market; returns how many price changes it emitted.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        var open = await LoadOpenMarketsAsync(cancellationToken);
        var emitted = 0;
        foreach (var venue in new[] { Venue.Kalshi, Venue.Polymarket })
        {
            foreach (var batch in open.Where(m => m.MarketId.StartsWith(MarketId.VenueName(venue) + ":", StringComparison.Ordinal)).Chunk(Math.Clamp(options.Value.BatchSize, 1, 100)))
            {
                try
                {
                    var quotes = venue == Venue.Kalshi
                        ? await venueQuotes.KalshiAsync(batch, cancellationToken)
                        : await venueQuotes.PolymarketAsync(batch, cancellationToken);
                    emitted += await EmitChangesAsync(quotes, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // One venue's bad minute must not stop the other's prices.
                    LogBatchFailed(venue, ex.Message);
                }
            }
        }
        return emitted;
    }

    private async Task<int> EmitChangesAsync(IReadOnlyDictionary<string, PriceQuote> quotes, CancellationToken cancellationToken)
    {
        var unknown = quotes.Keys.Where(id => !_last.ContainsKey(id)).ToList();
        foreach (var (id, (quote, _)) in await store.LoadAsync(unknown))
        {
            _last[id] = quote;
        }

        var now = time.GetUtcNow();
        var changed = new List<(string MarketId, PriceQuote Quote, DateTimeOffset At)>();
        foreach (var (id, quote) in quotes)
        {
            if (!quote.IsValid)
            {
                LogInvalidQuote(id);
                continue;
            }
            if (quote.SamePricesAs(_last.GetValueOrDefault(id))) continue;
            changed.Add((id, quote, now));
        }
        if (changed.Count == 0) return 0;

        var events = changed.Select(c => new MarketPriceChanged(MarketId.Parse(c.MarketId), c.Quote.YesBid, c.Quote.YesAsk, c.Quote.Last, c.Quote.Mid, c.At)).ToList();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await OutboxBatch.AppendAsync((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(),
                IngestionDbContext.SchemaName, events, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        outboxSignal.Notify();
        await store.SaveAsync(changed);
        foreach (var (id, quote, _) in changed)
        {
            _last[id] = quote;
        }
        return changed.Count;
    }

    private async Task<List<PolledMarket>> LoadOpenMarketsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        return await db.Markets.AsNoTracking()
            .Where(m => m.Status == MarketStatus.Open && m.ClosedAt == null)
            .OrderBy(m => m.Id)
            .Select(m => new PolledMarket(m.Id, m.VenueMarketId, m.YesTokenId))
            .ToListAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Price poll failed: {Reason}")]
    private partial void LogPollFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Venue} price batch failed: {Reason}")]
    private partial void LogBatchFailed(Venue venue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a quote outside [0, 1] for {MarketId}")]
    private partial void LogInvalidQuote(string marketId);
}
