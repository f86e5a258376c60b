namespace Ito.Categorization.Pipeline;

public enum MarketDirection
{
    None,
    Up,
    Down,
}

/// <summary>A risk factor the market exposes, with the pipeline's confidence (0..1) that it applies.</summary>
public sealed record RankedRiskFactor(string Id, double Confidence);

/// <summary>What one stage added, for the preview endpoint and for explaining a decision to an admin.</summary>
public sealed record StageContribution(string Stage, string Summary, IReadOnlyList<RankedRiskFactor> Factors);

/// <summary>
/// The pipeline's answer. <see cref="SystemBasket"/> is 1–18, or 0 when the market waits in the admin review queue;
/// <see cref="ProposedBasket"/> is then what the pipeline would have chosen. Same input, same result.
/// </summary>
public sealed record CategorizationResult(
    int SystemBasket,
    string SystemBasketSlug,
    int ProposedBasket,
    MarketDirection Direction,
    double Confidence,
    IReadOnlyList<RankedRiskFactor> RiskFactors,
    string PipelineVersion,
    bool NeedsReview,
    bool Overridden,
    IReadOnlyList<StageContribution> Contributions)
{
    public string? PrimaryRiskFactor => RiskFactors.Count > 0 ? RiskFactors[0].Id : null;
}
