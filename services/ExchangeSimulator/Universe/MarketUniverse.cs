using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Universe;

/// <summary>
/// All markets, events and series in memory. Listings read immutable snapshots (arrays in creation order, which is
/// also cursor order), so a grow or churn never disturbs a page walk in flight; lookups use concurrent dictionaries.
/// </summary>
internal sealed class MarketUniverse
{
    private readonly Lock _writeGate = new();
    private readonly UniverseGenerator _generator;
    private readonly ulong _seed;
    private readonly ConcurrentDictionary<string, SimMarket> _kalshiByTicker = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimMarket> _gammaById = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimMarket> _byConditionId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (SimMarket Market, bool IsYes)> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimEvent> _kalshiEvents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimEvent> _gammaEvents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimSeries> _kalshiSeries = new(StringComparer.Ordinal);
    private int _churnCount;

    public MarketUniverse(IOptions<SimulatorOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _seed = o.Seed;
        var anchor = o.AnchorTime ?? new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        _generator = new UniverseGenerator(o.Seed, anchor);
        Grow(o.MarketCount);
    }

    public DateTimeOffset Anchor => _generator.Anchor;
    public ulong Seed => _seed;

    public SimMarket[] KalshiMarkets { get; private set; } = [];
    public SimMarket[] PolymarketMarkets { get; private set; } = [];
    public SimEvent[] KalshiEvents { get; private set; } = [];
    public SimEvent[] PolymarketEvents { get; private set; } = [];
    public SimSeries[] KalshiSeries { get; private set; } = [];
    public SimSeries[] PolymarketSeries { get; private set; } = [];

    public int Count => KalshiMarkets.Length + PolymarketMarkets.Length;

    public SimMarket? KalshiMarket(string ticker) => _kalshiByTicker.GetValueOrDefault(ticker);
    public SimMarket? GammaMarket(string id) => _gammaById.GetValueOrDefault(id);
    public SimMarket? ByConditionId(string conditionId) => _byConditionId.GetValueOrDefault(conditionId);
    public (SimMarket Market, bool IsYes)? ByToken(string tokenId) => _byToken.TryGetValue(tokenId, out var hit) ? hit : null;
    public SimEvent? KalshiEvent(string ticker) => _kalshiEvents.GetValueOrDefault(ticker);
    public SimEvent? GammaEvent(string id) => _gammaEvents.GetValueOrDefault(id);
    public SimSeries? Series(string ticker) => _kalshiSeries.GetValueOrDefault(ticker);

    /// <summary>Generates events until the universe holds <paramref name="marketCount"/> markets.</summary>
    public int Grow(int marketCount)
    {
        lock (_writeGate)
        {
            var added = new List<SimEvent>();
            var total = Count;
            while (total < marketCount)
            {
                var simEvent = _generator.NextEvent(marketCount - total);
                added.Add(simEvent);
                total += simEvent.Markets.Count;
            }
            Publish(added, []);
            return added.Sum(e => e.Markets.Count);
        }
    }

    /// <summary>
    /// Removes <paramref name="remove"/> open markets and lists <paramref name="add"/> new ones, so a client's two
    /// listings disagree the way real venues do between syncs. Deterministic for a given seed and call order.
    /// </summary>
    public (IReadOnlyList<SimMarket> Added, IReadOnlyList<SimMarket> Removed) Churn(int add, int remove, Venue? venue)
    {
        lock (_writeGate)
        {
            var rng = new DeterministicRandom(DeterministicRandom.Hash(_seed, 0xC4C4, (ulong)++_churnCount));
            var candidates = (venue switch
            {
                Venue.Kalshi => KalshiMarkets,
                Venue.Polymarket => PolymarketMarkets,
                _ => KalshiMarkets.Concat(PolymarketMarkets).ToArray(),
            }).Where(m => m.Phase == MarketPhase.Open).ToList();
            var removed = new List<SimMarket>();
            for (var i = 0; i < remove && candidates.Count > 0; i++)
            {
                var index = rng.Next(candidates.Count);
                removed.Add(candidates[index]);
                candidates[index] = candidates[^1];
                candidates.RemoveAt(candidates.Count - 1);
            }
            var added = new List<SimEvent>();
            var addedCount = 0;
            while (addedCount < add)
            {
                var simEvent = _generator.NextEvent(add - addedCount, venue);
                added.Add(simEvent);
                addedCount += simEvent.Markets.Count;
            }
            Publish(added, removed);
            return (added.SelectMany(e => e.Markets).ToList(), removed);
        }
    }

    /// <summary>Lists a Polymarket market with caller-chosen ids (e.g. the token of a published signing vector).</summary>
    public SimMarket AddPolymarketFixture(Func<UniverseGenerator, SimEvent> build)
    {
        lock (_writeGate)
        {
            var simEvent = build(_generator);
            Publish([simEvent], []);
            return simEvent.Markets[0];
        }
    }

    private void Publish(List<SimEvent> added, List<SimMarket> removed)
    {
        foreach (var market in removed)
        {
            market.Removed = true;
            _kalshiByTicker.TryRemove(market.Id, out _);
            if (market.Venue == Venue.Polymarket) _gammaById.TryRemove(market.Id, out _);
            _byConditionId.TryRemove(market.ConditionId, out _);
            _byToken.TryRemove(market.YesTokenId, out _);
            _byToken.TryRemove(market.NoTokenId, out _);
        }
        foreach (var simEvent in added)
        {
            var events = simEvent.Venue == Venue.Kalshi ? _kalshiEvents : _gammaEvents;
            events[simEvent.Id] = simEvent;
            if (simEvent.Venue == Venue.Kalshi) _kalshiSeries.TryAdd(simEvent.Series.Ticker, simEvent.Series);
            foreach (var market in simEvent.Markets)
            {
                if (market.Venue == Venue.Kalshi)
                {
                    _kalshiByTicker[market.Id] = market;
                }
                else
                {
                    _gammaById[market.Id] = market;
                    _byToken[market.YesTokenId] = (market, true);
                    _byToken[market.NoTokenId] = (market, false);
                }
                _byConditionId[market.ConditionId] = market;
            }
        }

        var newMarkets = added.SelectMany(e => e.Markets).ToList();
        KalshiMarkets = Merge(KalshiMarkets, newMarkets.Where(m => m.Venue == Venue.Kalshi));
        PolymarketMarkets = Merge(PolymarketMarkets, newMarkets.Where(m => m.Venue == Venue.Polymarket));
        KalshiEvents = [.. KalshiEvents.Where(e => e.Markets.Any(m => !m.Removed)), .. added.Where(e => e.Venue == Venue.Kalshi)];
        PolymarketEvents = [.. PolymarketEvents.Where(e => e.Markets.Any(m => !m.Removed)), .. added.Where(e => e.Venue == Venue.Polymarket)];
        KalshiSeries = [.. _generator.Series.Where(s => s.Venue == Venue.Kalshi)];
        PolymarketSeries = [.. _generator.Series.Where(s => s.Venue == Venue.Polymarket)];
    }

    private static SimMarket[] Merge(SimMarket[] existing, IEnumerable<SimMarket> added) =>
        [.. existing.Where(m => !m.Removed), .. added];
}
