using Ito.Categorization.Pipeline;
using Ito.Contracts;
using Ito.Contracts.Markets;

namespace Ito.Categorization.Markets;

/// <summary>
/// The stored verdict on one market: the text it was reached from (and that text's hash), the outcome the rest of
/// the system was told, and the pipeline version that reached it.
/// </summary>
public sealed class MarketCategorization
{
    private MarketCategorization()
    {
    }

    public MarketId MarketId { get; private set; }

    public ReceivedMarketText Text { get; private set; } = null!;

    public string ContentHash { get; private set; } = "";

    /// <summary>When ingestion said the text was current; an older <see cref="MarketUpserted"/> arriving late is ignored.</summary>
    public DateTimeOffset TextOccurredAt { get; private set; }

    /// <summary>1–18, or 0 while the market waits in the review queue.</summary>
    public int SystemBasket { get; private set; }

    /// <summary>What the pipeline would choose; differs from <see cref="SystemBasket"/> for a market in review.</summary>
    public int ProposedBasket { get; private set; }

    public Direction Direction { get; private set; }

    public decimal Confidence { get; private set; }

    public IReadOnlyList<RiskFactorScore> RiskFactors { get; private set; } = [];

    /// <summary>Empty until the pipeline first ran on this market.</summary>
    public string PipelineVersion { get; private set; } = "";

    public bool NeedsReview { get; private set; }

    public bool Overridden { get; private set; }

    /// <summary>When the outcome last changed.</summary>
    public DateTimeOffset CategorizedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: a consumer and the re-categorization job never overwrite each other unseen.</summary>
    public uint Version { get; private set; }

    public static MarketCategorization Receive(MarketId marketId, ReceivedMarketText text, DateTimeOffset occurredAt) =>
        new() { MarketId = marketId, Text = text, ContentHash = text.ContentHash(), TextOccurredAt = occurredAt };

    /// <summary>Whether a message with this text would change nothing: same text, already run by the current pipeline.</summary>
    public bool IsCurrentFor(ReceivedMarketText text) =>
        ContentHash == text.ContentHash() && PipelineVersion == Pipeline.PipelineVersion.Current;

    public bool IsOlderThanStored(DateTimeOffset occurredAt) => occurredAt < TextOccurredAt;

    public void ReplaceText(ReceivedMarketText text, DateTimeOffset occurredAt)
    {
        Text = text;
        ContentHash = text.ContentHash();
        TextOccurredAt = occurredAt;
    }

    /// <summary>
    /// Stores the pipeline's result. True when what the rest of the system was told changes (basket, direction,
    /// confidence, factors) or the market was never categorized, i.e. when a <see cref="MarketCategorized"/> is due.
    /// </summary>
    public bool Record(CategorizationResult result, DateTimeOffset at)
    {
        var direction = ToContract(result.Direction);
        var confidence = ToConfidence(result.Confidence);
        var factors = result.RiskFactors.Select(f => new RiskFactorScore(f.Id, ToConfidence(f.Confidence))).ToList();
        var changed = PipelineVersion.Length == 0
            || SystemBasket != result.SystemBasket
            || Direction != direction
            || Confidence != confidence
            || !RiskFactors.SequenceEqual(factors);

        ProposedBasket = result.ProposedBasket;
        NeedsReview = result.NeedsReview;
        Overridden = result.Overridden;
        PipelineVersion = result.PipelineVersion;
        if (!changed) return false;

        SystemBasket = result.SystemBasket;
        Direction = direction;
        Confidence = confidence;
        RiskFactors = factors;
        CategorizedAt = at;
        return true;
    }

    public MarketCategorized ToEvent() =>
        new(MarketId, SystemBasket, Direction, Confidence, RiskFactors, PipelineVersion, CategorizedAt);

    private static decimal ToConfidence(double value) => double.IsFinite(value) ? Math.Round((decimal)Math.Clamp(value, 0, 1), 4) : 0m;

    private static Direction ToContract(MarketDirection direction) => direction switch
    {
        MarketDirection.Up => Direction.Up,
        MarketDirection.Down => Direction.Down,
        _ => Direction.None,
    };
}
