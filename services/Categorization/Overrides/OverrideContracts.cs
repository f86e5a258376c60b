using Ito.Categorization.Markets;

namespace Ito.Categorization.Overrides;

/// <summary>An admin's override: a basket, a risk factor or both, and why (required, for the audit trail).</summary>
public sealed record OverrideRequest(string? MarketId, int? SystemBasket, string? RiskFactorId, string? Reason);

public sealed record OverrideDetails(
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
    string? DeletionReason)
{
    public static OverrideDetails From(MarketOverride o) => new(
        o.Id, o.MarketId.ToString(), o.SystemBasket, o.RiskFactorId, o.Reason, o.IsActive,
        o.CreatedBy, o.CreatedAt, o.DeletedBy, o.DeletedAt, o.DeletionReason);
}

/// <summary>What an override change did: the override row and the market's verdict, already announced.</summary>
public sealed record OverrideOutcome(OverrideDetails Override, CategorizationDetails Categorization);
