using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Matching;

/// <summary>
/// A public trade, in YES terms; <see cref="TakerBoughtYes"/> tells the aggressor's side. <see cref="TakerRecord"/> and
/// <see cref="MakerRecord"/> are the venue's own records of the users' orders on each side (a Polymarket order names
/// its wallet and token), null where the simulator's crowd traded.
/// </summary>
internal sealed record PublicTrade(
    long Sequence, string TradeId, SimMarket Market, decimal YesPrice, decimal Count, bool TakerBoughtYes, DateTimeOffset Time,
    object? TakerRecord = null, object? MakerRecord = null);

/// <summary>
/// The most recent public trades (bounded, newest first when read), behind Kalshi's <c>/markets/trades</c> and the
/// Polymarket Data API's <c>/trades</c>.
/// </summary>
internal sealed class TradeTape
{
    private const int Capacity = 50_000;
    private readonly Lock _gate = new();
    private readonly LinkedList<PublicTrade> _trades = new();
    private long _sequence;

    public void Record(SimMarket market, decimal yesPrice, decimal count, bool takerBoughtYes, DateTimeOffset time,
        object? takerRecord = null, object? makerRecord = null)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            _trades.AddFirst(new PublicTrade(sequence, Guid.CreateVersion7(time).ToString(), market, yesPrice, count, takerBoughtYes, time,
                takerRecord, makerRecord));
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

    /// <summary>Runs <paramref name="query"/> over the whole tape, newest first, while no trade is being added.</summary>
    public List<TResult> Query<TResult>(Func<IEnumerable<PublicTrade>, IEnumerable<TResult>> query)
    {
        lock (_gate)
        {
            return query(_trades).ToList();
        }
    }
}
