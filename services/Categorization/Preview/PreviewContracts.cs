using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Preview;

/// <summary>A market text to try the pipeline on; nothing is stored or announced.</summary>
public sealed record PreviewRequest(
    string? Title,
    string? Subtitle,
    string? Rules,
    string? EventTitle,
    string? Venue,
    string? VenueCategory,
    IReadOnlyList<string>? Tags);

public sealed record PreviewFactor(string Id, double Confidence);

public sealed record PreviewStage(string Stage, string Summary, IReadOnlyList<PreviewFactor> Factors);

/// <summary>The pipeline's verdict and what each of its stages added.</summary>
public sealed record PreviewResult(
    int SystemBasket,
    string SystemBasketSlug,
    int ProposedBasket,
    string Direction,
    double Confidence,
    bool NeedsReview,
    IReadOnlyList<PreviewFactor> RiskFactors,
    string PipelineVersion,
    IReadOnlyList<PreviewStage> Contributions)
{
    public static PreviewResult From(CategorizationResult result) => new(
        result.SystemBasket,
        result.SystemBasketSlug,
        result.ProposedBasket,
        result.Direction.ToString().ToLowerInvariant(),
        result.Confidence,
        result.NeedsReview,
        result.RiskFactors.Select(f => new PreviewFactor(f.Id, f.Confidence)).ToList(),
        result.PipelineVersion,
        result.Contributions.Select(c => new PreviewStage(c.Stage, c.Summary, c.Factors.Select(f => new PreviewFactor(f.Id, f.Confidence)).ToList())).ToList());
}
