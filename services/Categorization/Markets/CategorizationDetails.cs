namespace Ito.Categorization.Markets;

public sealed record RiskFactorConfidence(string Id, decimal Confidence);

/// <summary>A market's stored verdict as the admin endpoints show it.</summary>
public sealed record CategorizationDetails(
    string MarketId,
    string Title,
    int SystemBasket,
    int ProposedBasket,
    string Direction,
    decimal Confidence,
    IReadOnlyList<RiskFactorConfidence> RiskFactors,
    string PipelineVersion,
    bool NeedsReview,
    bool Overridden,
    DateTimeOffset CategorizedAt)
{
    public static CategorizationDetails From(MarketCategorization market) => new(
        market.MarketId.ToString(),
        market.Text.Title,
        market.SystemBasket,
        market.ProposedBasket,
        market.Direction.ToString().ToLowerInvariant(),
        market.Confidence,
        market.RiskFactors.Select(f => new RiskFactorConfidence(f.Id, f.Confidence)).ToList(),
        market.PipelineVersion,
        market.NeedsReview,
        market.Overridden,
        market.CategorizedAt);
}
