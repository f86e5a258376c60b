using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Matching;

/// <summary>
/// One market's book: the simulator's synthetic liquidity (minus what users took since the last price move) plus
/// users' resting orders. Shares the market's lock with the price ticker so book and price never disagree.
/// </summary>
internal sealed class OrderBook(SimMarket market, TimeProvider time, TradeTape tape)
{
    private readonly List<RestingOrder> _bids = [];
    private readonly List<RestingOrder> _asks = [];
    private readonly Dictionary<decimal, decimal> _consumed = [];
    private long _consumedVersion;

    public SimMarket Market => market;
    public bool HasRestingOrders { get { lock (market.State.Gate) return _bids.Count + _asks.Count > 0; } }

    /// <summary>Aggregated levels, best first on both sides.</summary>
    public (List<Level> Bids, List<Level> Asks) Snapshot()
    {
        lock (market.State.Gate)
        {
            var (synthBids, synthAsks) = Synthetic();
            return (Aggregate(synthBids, _bids, descending: true), Aggregate(synthAsks, _asks, descending: false));
        }
    }

    public MatchResult Submit(OrderRequest request)
    {
        lock (market.State.Gate)
        {
            var now = time.GetUtcNow();
            var queue = Opposite(request);
            var available = queue.Sum(e => e.Size);
            if (request.PostOnly && queue.Count > 0) return new MatchResult(MatchOutcome.RejectedPostOnly, [], request.Count, null);
            if (request.TimeInForce == TimeInForce.FillOrKill && available < request.Count)
            {
                return new MatchResult(MatchOutcome.KilledFok, [], request.Count, null);
            }

            var fills = new List<Fill>();
            var remaining = request.Count;
            foreach (var (price, size, maker) in queue)
            {
                if (remaining <= 0) break;
                var quantity = Math.Min(remaining, size);
                remaining -= quantity;
                fills.Add(new Fill(price, quantity, maker));
                if (maker is null)
                {
                    _consumed[price] = _consumed.GetValueOrDefault(price) + quantity;
                }
                else
                {
                    ApplyMakerFill(maker, price, quantity, now);
                }
            }
            RecordTrades(fills, request.Side == Side.BuyYes, now, request.VenueRecord);

            RestingOrder? resting = null;
            if (remaining > 0 && request.TimeInForce == TimeInForce.GoodTillCanceled)
            {
                resting = new RestingOrder
                {
                    Id = request.OrderId, Market = market, Side = request.Side, Price = request.LimitPrice,
                    InitialCount = request.Count, Remaining = remaining, Filled = request.Count - remaining,
                    Owner = request.Owner, Created = now, Updated = now, VenueRecord = request.VenueRecord, ExpiresAt = request.ExpiresAt,
                };
                (request.Side == Side.BuyYes ? _bids : _asks).Add(resting);
            }

            var outcome = (fills.Count > 0, remaining > 0, resting is not null) switch
            {
                (true, false, _) => MatchOutcome.Filled,
                (true, true, true) => MatchOutcome.PartiallyFilledAndResting,
                (true, true, false) => MatchOutcome.PartiallyFilledAndCanceled,
                (false, _, true) => MatchOutcome.Resting,
                _ => MatchOutcome.Unfilled,
            };
            return new MatchResult(outcome, fills, remaining, resting);
        }
    }

    public bool Cancel(RestingOrder order)
    {
        lock (market.State.Gate)
        {
            if (order.Status != OrderStatus.Resting) return false;
            (order.Side == Side.BuyYes ? _bids : _asks).Remove(order);
            order.Status = OrderStatus.Canceled;
            order.Updated = time.GetUtcNow();
            return true;
        }
    }

    /// <summary>
    /// Drops expired orders; then, as the price moved, the market makers' quotes may cross a user's resting order:
    /// other traders take it, at the user's price, as they would on the venue.
    /// </summary>
    public void SweepCrossed()
    {
        lock (market.State.Gate)
        {
            var now = time.GetUtcNow();
            foreach (var expired in _bids.Concat(_asks).Where(o => o.ExpiresAt <= now).ToList())
            {
                (expired.Side == Side.BuyYes ? _bids : _asks).Remove(expired);
                expired.Status = OrderStatus.Canceled;
                expired.Updated = now;
                expired.Owner.OnExpired(expired);
            }
            var (synthBids, synthAsks) = Synthetic();
            var bestAsk = synthAsks.Count > 0 ? synthAsks[0].Price : decimal.MaxValue;
            var bestBid = synthBids.Count > 0 ? synthBids[0].Price : decimal.MinValue;
            var crossed = _bids.Where(o => o.Price >= bestAsk).Concat(_asks.Where(o => o.Price <= bestBid)).ToList();
            foreach (var order in crossed)
            {
                var quantity = order.Remaining;
                ApplyMakerFill(order, order.Price, quantity, now);
                RecordTrades([new Fill(order.Price, quantity, order)], order.Side == Side.SellYes, now, takerRecord: null);
            }
        }
    }

    private void ApplyMakerFill(RestingOrder maker, decimal price, decimal quantity, DateTimeOffset now)
    {
        maker.Remaining -= quantity;
        maker.Filled += quantity;
        maker.Updated = now;
        if (maker.Remaining <= 0)
        {
            maker.Status = OrderStatus.Executed;
            (maker.Side == Side.BuyYes ? _bids : _asks).Remove(maker);
        }
        maker.Owner.OnMakerFill(maker, price, quantity);
    }

    private void RecordTrades(List<Fill> fills, bool takerBoughtYes, DateTimeOffset now, object? takerRecord)
    {
        if (fills.Count == 0) return;
        foreach (var fill in fills) tape.Record(market, fill.YesPrice, fill.Count, takerBoughtYes, now, takerRecord, fill.Maker?.VenueRecord);
        var state = market.State;
        var count = fills.Sum(f => f.Count);
        state.PreviousPrice = state.LastPrice;
        state.LastPrice = PriceMath.RoundToTick(fills[^1].YesPrice, market.TickSize);
        state.Logit = PriceMath.Logit((double)state.LastPrice);
        state.Volume += count;
        state.Volume24h += count;
        state.OpenInterest += count;
        state.Updated = now;
    }

    /// <summary>Synthetic levels around the last price with liquidity users took since the last price move removed.</summary>
    private (List<Level> Bids, List<Level> Asks) Synthetic()
    {
        if (_consumedVersion != market.State.BookVersion)
        {
            _consumed.Clear();
            _consumedVersion = market.State.BookVersion;
        }
        var (bids, asks) = SyntheticBook.Build(market, market.State.LastPrice);
        return (Deplete(bids), Deplete(asks));
    }

    private List<Level> Deplete(List<Level> levels) =>
        levels.Select(l => l with { Size = l.Size - _consumed.GetValueOrDefault(l.Price) }).Where(l => l.Size > 0).ToList();

    /// <summary>Liquidity an incoming order can take, best first, users' orders ahead of the synthetic quote at a price.</summary>
    private List<(decimal Price, decimal Size, RestingOrder? Maker)> Opposite(OrderRequest request)
    {
        var (synthBids, synthAsks) = Synthetic();
        var buying = request.Side == Side.BuyYes;
        var users = (buying ? _asks : _bids).Where(o => !ReferenceEquals(o.Owner, request.Owner) && o.Owner.AccountId != request.Owner.AccountId)
            .Select(o => (o.Price, o.Remaining, (RestingOrder?)o));
        var synthetic = (buying ? synthAsks : synthBids).Select(l => (l.Price, l.Size, (RestingOrder?)null));
        var all = users.Concat(synthetic)
            .Where(e => buying ? e.Price <= request.LimitPrice : e.Price >= request.LimitPrice);
        return (buying ? all.OrderBy(e => e.Price) : all.OrderByDescending(e => e.Price))
            .ThenBy(e => e.Item3 is null ? 1 : 0).ThenBy(e => e.Item3?.Created).ToList();
    }

    private static List<Level> Aggregate(List<Level> synthetic, List<RestingOrder> users, bool descending)
    {
        var sizes = synthetic.ToDictionary(l => l.Price, l => l.Size);
        foreach (var order in users) sizes[order.Price] = sizes.GetValueOrDefault(order.Price) + order.Remaining;
        var levels = sizes.Select(kv => new Level(kv.Key, kv.Value));
        return (descending ? levels.OrderByDescending(l => l.Price) : levels.OrderBy(l => l.Price)).ToList();
    }
}
