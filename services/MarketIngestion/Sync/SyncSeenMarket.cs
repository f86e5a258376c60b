namespace Ito.MarketIngestion.Sync;

/// <summary>
/// "Job J's pass 1 listed market M." Kept apart from the market rows so an unchanged market costs one narrow
/// append instead of a rewrite of its row and search indexes; pass 2 closes what the job did not see, and a second
/// sighting in the same job is a duplicate. Deleted when the job ends.
/// </summary>
public sealed class SyncSeenMarket
{
    private SyncSeenMarket()
    {
    }

    public Guid SyncJobId { get; private set; }

    public string MarketId { get; private set; } = "";
}
