namespace Ito.MarketIngestion.Prices;

/// <summary>Configuration section <c>Ingestion:Prices</c>.</summary>
public sealed class PriceFeedOptions
{
    public const string SectionName = "Ingestion:Prices";

    public bool Enabled { get; set; } = true;

    /// <summary>Pause between two polls of every open market.</summary>
    public double IntervalSeconds { get; set; } = 3;

    /// <summary>Markets per venue request: Kalshi <c>GET /markets?tickers=</c> and CLOB <c>POST /books</c>.</summary>
    public int BatchSize { get; set; } = 100;
}
