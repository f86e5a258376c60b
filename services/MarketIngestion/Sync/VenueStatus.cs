using Ito.Contracts.Markets;

namespace Ito.MarketIngestion.Sync;

/// <summary>Each venue's status vocabulary mapped onto <see cref="MarketStatus"/>; an unknown word is bad data, not a guess.</summary>
public static class VenueStatus
{
    public static MarketStatus? FromKalshi(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "active" or "open" => MarketStatus.Open,
        "initialized" or "unopened" => MarketStatus.Upcoming,
        "inactive" or "paused" => MarketStatus.Paused,
        "closed" => MarketStatus.Closed,
        "determined" or "finalized" or "settled" => MarketStatus.Settled,
        _ => null,
    };

    /// <summary>Gamma has no status word: closed + resolved means settled; not accepting orders while open means paused.</summary>
    public static MarketStatus FromGamma(bool? closed, bool? acceptingOrders, IReadOnlyList<string> umaResolutionStatuses)
    {
        if (closed == true)
        {
            return umaResolutionStatuses.Any(s => string.Equals(s, "resolved", StringComparison.OrdinalIgnoreCase))
                ? MarketStatus.Settled
                : MarketStatus.Closed;
        }

        return acceptingOrders == false ? MarketStatus.Paused : MarketStatus.Open;
    }

    public static bool IsClosed(MarketStatus status) => status is MarketStatus.Closed or MarketStatus.Settled;
}
