using Ito.Contracts.Markets;

namespace Ito.Pricing.Prices;

/// <summary>The YES price pricing keeps for a market, and when the venue quoted it.</summary>
public readonly record struct MarketQuote(decimal YesPrice, DateTimeOffset At)
{
    /// <summary>
    /// The one YES price taken from a price change: the mid when the venue gives one (it moves with the book, not with
    /// the odd trade), else the last trade, else the middle of bid and ask; null when none of them is there.
    /// </summary>
    public static MarketQuote? From(MarketPriceChanged change)
    {
        var price = change.Mid
            ?? change.Last
            ?? (change.YesBid is { } bid && change.YesAsk is { } ask ? (bid + ask) / 2 : null);
        return price is { } p and >= 0m and <= 1m ? new MarketQuote(p, change.At) : null;
    }
}
