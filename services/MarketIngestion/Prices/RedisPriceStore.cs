using System.Globalization;
using StackExchange.Redis;

namespace Ito.MarketIngestion.Prices;

/// <summary>The latest quote of each market in Redis, one hash per market under <c>ingestion:price:{marketId}</c>.</summary>
public sealed class RedisPriceStore(IConnectionMultiplexer redis)
{
    public const string KeyPrefix = "ingestion:price:";

    public static RedisKey KeyOf(string marketId) => KeyPrefix + marketId;

    public async Task SaveAsync(IReadOnlyList<(string MarketId, PriceQuote Quote, DateTimeOffset At)> quotes)
    {
        if (quotes.Count == 0) return;
        var db = redis.GetDatabase();
        var batch = db.CreateBatch();
        var writes = quotes.Select(q => batch.HashSetAsync(KeyOf(q.MarketId),
        [
            new HashEntry("yesBid", Text(q.Quote.YesBid)),
            new HashEntry("yesAsk", Text(q.Quote.YesAsk)),
            new HashEntry("last", Text(q.Quote.Last)),
            new HashEntry("mid", Text(q.Quote.Mid)),
            new HashEntry("at", q.At.ToUnixTimeMilliseconds()),
        ])).ToList();
        batch.Execute();
        await Task.WhenAll(writes);
    }

    public async Task<IReadOnlyDictionary<string, (PriceQuote Quote, DateTimeOffset At)>> LoadAsync(IReadOnlyCollection<string> marketIds)
    {
        var found = new Dictionary<string, (PriceQuote, DateTimeOffset)>(StringComparer.Ordinal);
        if (marketIds.Count == 0) return found;
        var db = redis.GetDatabase();
        var batch = db.CreateBatch();
        var reads = marketIds.Select(id => (Id: id, Task: batch.HashGetAllAsync(KeyOf(id)))).ToList();
        batch.Execute();
        foreach (var (id, task) in reads)
        {
            var entries = (await task).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
            if (entries.Count == 0) continue;
            var at = long.TryParse(entries.GetValueOrDefault("at"), CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.MinValue;
            found[id] = (new PriceQuote(Parse(entries.GetValueOrDefault("yesBid")), Parse(entries.GetValueOrDefault("yesAsk")), Parse(entries.GetValueOrDefault("last"))), at);
        }
        return found;
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static decimal? Parse(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
