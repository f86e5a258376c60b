using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Matching;

/// <summary>A public trade, in YES terms; <see cref="TakerBoughtYes"/> tells the aggressor's side.</summary>
internal sealed record PublicTrade(long Sequence, string TradeId, SimMarket Market, decimal YesPrice, decimal Count, bool TakerBoughtYes, DateTimeOffset Time);

/// <summary>The most recent public trades (bounded, newest first when read) for Kalshi's <c>/markets/trades</c>.</summary>
internal sealed class TradeTape
{
    private const int Capacity = 50_000;
    private readonly Lock _gate = new();
    private readonly LinkedList<PublicTrade> _trades = new();
    private long _sequence;

    public void Record(SimMarket market, decimal yesPrice, decimal count, bool takerBoughtYes, DateTimeOffset time)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            _trades.AddFirst(new PublicTrade(sequence, Guid.CreateVersion7(time).ToString(), market, yesPrice, count, takerBoughtYes, time));
            if (_trades.Count > Capacity) _trades.RemoveLast();
        }
    }

    /// <summary>Newest first, strictly older than <paramref name="beforeSequence"/>.</summary>
    public List<PublicTrade> Read(Func<PublicTrade, bool> filter, long beforeSequence, int limit)
    {
        lock (_gate)
        {
            return _trades.Where(t => t.Sequence < beforeSequence && filter(t)).Take(limit).ToList();
        }
    }
}
