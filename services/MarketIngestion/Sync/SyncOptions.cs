namespace Ito.MarketIngestion.Sync;

/// <summary>Configuration section <c>Ingestion:Sync</c>.</summary>
public sealed class SyncOptions
{
    public const string SectionName = "Ingestion:Sync";

    /// <summary>Time of day (UTC) of the scheduled sync, <c>HH:mm</c>.</summary>
    public string DailyAtUtc { get; set; } = "02:00";

    /// <summary>Turns the daily schedule off (on-demand syncs still work).</summary>
    public bool ScheduleEnabled { get; set; } = true;

    /// <summary>Kalshi <c>GET /events</c> takes at most 200 a page.</summary>
    public int KalshiPageSize { get; set; } = 200;

    /// <summary>Gamma keyset pages hold at most 100.</summary>
    public int PolymarketPageSize { get; set; } = 100;

    /// <summary>Markets closed per transaction in pass 2.</summary>
    public int CloseBatchSize { get; set; } = 1000;

    /// <summary>Resume a sync left unfinished by a previous process as soon as the service starts.</summary>
    public bool ResumeOnStart { get; set; } = true;
}
