using System.Collections.Concurrent;
using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Matching;

/// <summary>Books are materialised only for markets someone trades; others are served straight from the synthetic quote.</summary>
internal sealed class OrderBooks(TimeProvider time, TradeTape tape)
{
    private readonly ConcurrentDictionary<SimMarket, OrderBook> _books = new();

    public OrderBook For(SimMarket market) => _books.GetOrAdd(market, m => new OrderBook(m, time, tape));

    public (List<Level> Bids, List<Level> Asks) Snapshot(SimMarket market)
    {
        if (_books.TryGetValue(market, out var book)) return book.Snapshot();
        lock (market.State.Gate) return SyntheticBook.Build(market, market.State.LastPrice);
    }

    public IEnumerable<OrderBook> WithRestingOrders => _books.Values.Where(b => b.HasRestingOrders);
}
