using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Clob;

namespace Ito.MarketIngestion.Prices;

/// <summary>An open market the feed polls: its id and what its venue needs to find its prices.</summary>
public sealed record PolledMarket(string MarketId, string VenueMarketId, string? YesTokenId);

/// <summary>Batch price reads per venue: Kalshi's market listing by tickers, the CLOB's <c>POST /books</c> for YES tokens.</summary>
internal sealed class VenueQuotes(KalshiClient kalshi, PolymarketClobClient clob)
{
    public async Task<IReadOnlyDictionary<string, PriceQuote>> KalshiAsync(IReadOnlyList<PolledMarket> markets, CancellationToken cancellationToken)
    {
        var byTicker = markets.ToDictionary(m => m.VenueMarketId, m => m.MarketId, StringComparer.Ordinal);
        var page = await kalshi.GetMarketsAsync(new KalshiMarketsQuery { Tickers = [.. byTicker.Keys], Limit = byTicker.Count }, cancellationToken: cancellationToken);
        var quotes = new Dictionary<string, PriceQuote>(StringComparer.Ordinal);
        foreach (var market in page.Markets)
        {
            if (byTicker.TryGetValue(market.Ticker, out var id))
            {
                quotes[id] = new PriceQuote(market.YesBid, market.YesAsk, market.LastPrice);
            }
        }
        return quotes;
    }

    public async Task<IReadOnlyDictionary<string, PriceQuote>> PolymarketAsync(IReadOnlyList<PolledMarket> markets, CancellationToken cancellationToken)
    {
        var byToken = markets.Where(m => m.YesTokenId is not null).ToDictionary(m => m.YesTokenId!, m => m.MarketId, StringComparer.Ordinal);
        var quotes = new Dictionary<string, PriceQuote>(StringComparer.Ordinal);
        if (byToken.Count == 0) return quotes;
        var books = await clob.GetOrderBooksAsync(byToken.Keys, cancellationToken);
        foreach (var book in books)
        {
            if (byToken.TryGetValue(book.AssetId, out var id))
            {
                quotes[id] = new PriceQuote(book.BestBid?.Price, book.BestAsk?.Price, book.LastTradePrice);
            }
        }
        return quotes;
    }
}
