namespace Ito.Trading.Markets;

/// <summary>The latest YES prices of a market (from MarketPriceChanged), used to mark positions to market.</summary>
public sealed class MarketQuote
{
    private MarketQuote()
    {
    }

    public MarketQuote(string marketId)
    {
        MarketId = marketId;
    }

    public string MarketId { get; private set; } = "";

    public decimal? YesBid { get; private set; }

    public decimal? YesAsk { get; private set; }

    public decimal? Last { get; private set; }

    public decimal? Mid { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Mid where there is a two-sided book, else the last trade, else a lone bid or ask.</summary>
    public decimal? YesMark => Mid ?? Last ?? YesBid ?? YesAsk;

    public void Apply(decimal? yesBid, decimal? yesAsk, decimal? last, decimal? mid, DateTimeOffset at)
    {
        if (at < At) return;
        (YesBid, YesAsk, Last, Mid, At) = (yesBid, yesAsk, last, mid, at);
    }
}

/// <summary>A market's loading on a risk factor (from MarketCategorized): sign from the direction, size from confidence.</summary>
public sealed class MarketRiskFactor
{
    private MarketRiskFactor()
    {
    }

    public MarketRiskFactor(string marketId, string factorId, decimal loading)
    {
        MarketId = marketId;
        FactorId = factorId;
        Loading = loading;
    }

    public string MarketId { get; private set; } = "";

    public string FactorId { get; private set; } = "";

    /// <summary>How much a YES share moves with the factor: +confidence (up), −confidence (down), 0 (none).</summary>
    public decimal Loading { get; private set; }
}
