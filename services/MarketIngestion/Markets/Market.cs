using Ito.Contracts;
using Ito.Contracts.Markets;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Markets;

/// <summary>
/// One binary market as ingestion last saw it on its venue. Never deleted: a market that leaves the listing is
/// closed (pass 2) so its history and the baskets that hold it keep a row to point at.
/// </summary>
public sealed class Market
{
    private Market()
    {
    }

    /// <summary><c>{venue}:{venue market id}</c> (see <see cref="MarketId"/>).</summary>
    public string Id { get; private set; } = "";

    public Venue Venue { get; private set; }

    public string VenueMarketId { get; private set; } = "";

    /// <summary><c>{venue}:{venue event id}</c> of the <see cref="VenueEvent"/> this market is an outcome of.</summary>
    public string? EventId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Subtitle { get; private set; }

    public string? RulesText { get; private set; }

    public string? EventTitle { get; private set; }

    public string? Category { get; private set; }

    public string[] Tags { get; private set; } = [];

    public MarketStatus Status { get; private set; }

    public DateTimeOffset? CloseTime { get; private set; }

    public string? Result { get; private set; }

    /// <summary>Polymarket only: the CLOB token ids of the YES and NO outcomes.</summary>
    public string? YesTokenId { get; private set; }

    public string? NoTokenId { get; private set; }

    /// <summary>Hash of everything a <see cref="MarketUpserted"/> carries; equal hash = nothing to announce.</summary>
    public string ContentHash { get; private set; } = "";

    public DateTimeOffset FirstSeenAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedReason { get; private set; }

    public NpgsqlTsVector SearchVector { get; private set; } = null!;

    public MarketId MarketId => MarketId.Parse(Id);
}
