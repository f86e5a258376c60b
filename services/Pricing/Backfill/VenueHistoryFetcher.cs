using Ito.Contracts;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Polymarket.Clob;

namespace Ito.Pricing.Backfill;

/// <summary>
/// One market's YES price history from its venue as OHLC bars of an interval: Kalshi candlesticks (period 60 or
/// 1440) or Polymarket CLOB prices-history (fidelity 60 or 1440) through Ito.Venues. Bars carry the venue's
/// end-of-period stamps back to their start. Also finds what a venue needs beyond our id: Kalshi's series ticker
/// (candlesticks live under the series), Polymarket's YES token (history is per token).
/// </summary>
public sealed class VenueHistoryFetcher(KalshiClient kalshi, PolymarketClobClient clob)
{
    /// <summary>Periods per venue request: under both venues' caps (Kalshi refuses more than 10,000 candles).</summary>
    private const int PeriodsPerRequest = 5000;

    public async Task<IReadOnlyList<OhlcBar>> FetchAsync(MarketId marketId, VenueMarketReference reference, HistoryGrid grid, CancellationToken cancellationToken)
    {
        // A little before the grid, so the first bars can be carried forward from a real price.
        var from = grid.Start - TimeSpan.FromDays(grid.Interval.Length >= TimeSpan.FromDays(1) ? 7 : 2);
        var bars = new List<OhlcBar>();
        var chunk = grid.Interval.Length * PeriodsPerRequest;
        for (var start = from; start < grid.End; start += chunk)
        {
            var end = start + chunk < grid.End ? start + chunk : grid.End;
            bars.AddRange(marketId.Venue == Venue.Kalshi
                ? await KalshiBarsAsync(reference.KalshiSeriesTicker!, marketId.VenueMarketId, start, end, grid.Interval, cancellationToken)
                : await PolymarketBarsAsync(reference.PolymarketYesTokenId!, start, end, grid.Interval, cancellationToken));
        }
        return bars.DistinctBy(b => b.BucketStart).OrderBy(b => b.BucketStart).ToArray();
    }

    public async Task<VenueMarketReference> ResolveAsync(MarketId marketId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reference = new VenueMarketReference { MarketId = marketId.ToString(), ResolvedAt = now };
        if (marketId.Venue == Venue.Kalshi)
        {
            var market = await kalshi.GetMarketAsync(marketId.VenueMarketId, cancellationToken)
                ?? throw new InvalidOperationException($"Kalshi does not know market {marketId.VenueMarketId}.");
            var found = await kalshi.GetEventAsync(market.EventTicker, withNestedMarkets: false, cancellationToken);
            reference.KalshiSeriesTicker = found?.Event.SeriesTicker is { Length: > 0 } series
                ? series
                : throw new InvalidOperationException($"Kalshi event {market.EventTicker} names no series.");
        }
        else
        {
            var market = await clob.GetMarketAsync(marketId.VenueMarketId, cancellationToken)
                ?? throw new InvalidOperationException($"Polymarket does not know condition {marketId.VenueMarketId}.");
            var yes = market.Tokens.FirstOrDefault(t => string.Equals(t.Outcome, "Yes", StringComparison.OrdinalIgnoreCase)) ?? market.Tokens.FirstOrDefault();
            reference.PolymarketYesTokenId = yes?.TokenId is { Length: > 0 } token
                ? token
                : throw new InvalidOperationException($"Polymarket market {marketId.VenueMarketId} lists no tokens.");
        }
        return reference;
    }

    private async Task<IReadOnlyList<OhlcBar>> KalshiBarsAsync(string series, string ticker, DateTimeOffset start, DateTimeOffset end,
        HistoryInterval interval, CancellationToken cancellationToken)
    {
        var candles = await kalshi.GetCandlesticksAsync(series, ticker, start, end, (int)interval.Length.TotalMinutes, cancellationToken: cancellationToken);
        return candles.Select(c => ToBar(c, interval)).OfType<OhlcBar>().ToArray();
    }

    /// <summary>The traded price when something traded in the period, else the middle of the YES bid and ask.</summary>
    internal static OhlcBar? ToBar(KalshiCandlestick candle, HistoryInterval interval)
    {
        var start = candle.EndPeriod - interval.Length;
        if (candle.Price is { Open: { } o, High: { } h, Low: { } l, Close: { } c }) return new OhlcBar(start, new Ohlc(o, h, l, c), false);
        if (candle.YesBid is { Open: { } bo, High: { } bh, Low: { } bl, Close: { } bc }
            && candle.YesAsk is { Open: { } ao, High: { } ah, Low: { } al, Close: { } ac })
        {
            return new OhlcBar(start, new Ohlc((bo + ao) / 2, (bh + ah) / 2, (bl + al) / 2, (bc + ac) / 2), false);
        }
        return null;
    }

    private async Task<IReadOnlyList<OhlcBar>> PolymarketBarsAsync(string tokenId, DateTimeOffset start, DateTimeOffset end,
        HistoryInterval interval, CancellationToken cancellationToken)
    {
        var history = await clob.GetPriceHistoryAsync(tokenId,
            new ClobPriceHistoryQuery { Start = start, End = end, FidelityMinutes = (int)interval.Length.TotalMinutes }, cancellationToken);
        return OhlcAggregator.Aggregate(history.History.Select(p => (p.Time, p.P)), interval, endInclusive: true);
    }
}
