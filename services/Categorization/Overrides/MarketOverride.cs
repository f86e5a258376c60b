using Ito.Categorization.Pipeline;
using Ito.Contracts;

namespace Ito.Categorization.Overrides;

/// <summary>
/// An admin's decision on one market's basket and/or risk factor, with who made it, when and why. Removing or
/// replacing one keeps the row (deleted by/at) as the audit trail; at most one per market is active.
/// </summary>
public sealed class MarketOverride
{
    public const int ReasonMaxLength = 500;

    private MarketOverride()
    {
    }

    public Guid Id { get; private set; }

    public MarketId MarketId { get; private set; }

    public int? SystemBasket { get; private set; }

    public string? RiskFactorId { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? DeletedBy { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public string? DeletionReason { get; private set; }

    public bool IsActive => DeletedAt is null;

    public static MarketOverride Create(MarketId marketId, int? systemBasket, string? riskFactorId, string reason, Guid createdBy, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        MarketId = marketId,
        SystemBasket = systemBasket,
        RiskFactorId = riskFactorId,
        Reason = reason,
        CreatedBy = createdBy,
        CreatedAt = at,
    };

    public void Delete(Guid deletedBy, DateTimeOffset at, string? reason)
    {
        if (!IsActive) throw new InvalidOperationException($"Override {Id} is already deleted.");
        DeletedBy = deletedBy;
        DeletedAt = at;
        DeletionReason = reason;
    }

    public CategorizationOverride ToPipelineOverride() => new(SystemBasket, RiskFactorId);
}
