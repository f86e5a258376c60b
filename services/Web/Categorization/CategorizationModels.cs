namespace Ito.Web.Categorization;

/// <summary>POST /api/v1/categorization/preview: a market text to try the pipeline on (nothing is stored).</summary>
public sealed record PreviewRequest(string? Title, string? Subtitle, string? Rules, string? EventTitle, string? Venue, string? VenueCategory, IReadOnlyList<string>? Tags);

public sealed record FactorScore(string Id, double Confidence);

public sealed record StageContribution(string Stage, string Summary, IReadOnlyList<FactorScore> Factors);

/// <summary>The pipeline's verdict: basket 0 means "sent to review"; direction <c>none</c> | <c>up</c> | <c>down</c>.</summary>
public sealed record CategorizationPreview(
    int SystemBasket,
    string SystemBasketSlug,
    int ProposedBasket,
    string Direction,
    double Confidence,
    bool NeedsReview,
    IReadOnlyList<FactorScore> RiskFactors,
    string PipelineVersion,
    IReadOnlyList<StageContribution> Contributions);

public sealed record StoredFactorScore(string Id, decimal Confidence);

/// <summary>A market's stored verdict (review queue, override outcome).</summary>
public sealed record MarketCategorization(
    string MarketId,
    string Title,
    int SystemBasket,
    int ProposedBasket,
    string Direction,
    decimal Confidence,
    IReadOnlyList<StoredFactorScore> RiskFactors,
    string PipelineVersion,
    bool NeedsReview,
    bool Overridden,
    DateTimeOffset CategorizedAt);

public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int Size, int Total)
{
    public int Pages => Size <= 0 ? 1 : Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>POST /api/v1/overrides: a system basket (1–18), a risk factor, or both, and why.</summary>
public sealed record OverrideRequest(string? MarketId, int? SystemBasket, string? RiskFactorId, string? Reason);

public sealed record MarketOverride(
    Guid Id,
    string MarketId,
    int? SystemBasket,
    string? RiskFactorId,
    string Reason,
    bool Active,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    Guid? DeletedBy,
    DateTimeOffset? DeletedAt,
    string? DeletionReason);

public sealed record OverrideOutcome(MarketOverride Override, MarketCategorization Categorization);

/// <summary>The latest re-categorization a new pipeline version started (GET /api/v1/categorization/jobs/latest).</summary>
public sealed record RecategorizationJob(
    Guid Id,
    string PipelineVersion,
    string State,
    int Total,
    int Done,
    int Changed,
    double Progress,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error);

public sealed record SystemBasketFactor(string Id, string Description, bool Directional);

/// <summary>One of the 18 system baskets with its risk factors (GET /api/v1/system-baskets).</summary>
public sealed record TaxonomyBasket(int Number, string Name, string Slug, string TaxonomyVersion, IReadOnlyList<SystemBasketFactor> RiskFactors);
