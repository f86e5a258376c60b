using Ito.Contracts;

namespace Ito.MarketIngestion.Markets;

/// <summary>
/// A venue's event: the question a group of binary markets answers. A multi-outcome event (Kalshi mutually
/// exclusive, Polymarket negRisk) is stored once here and expanded into one <see cref="Market"/> per outcome.
/// </summary>
public sealed class VenueEvent
{
    private VenueEvent()
    {
    }

    /// <summary><c>{venue}:{venue event id}</c>.</summary>
    public string Id { get; private set; } = "";

    public Venue Venue { get; private set; }

    public string VenueEventId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public bool MutuallyExclusive { get; private set; }

    public int OutcomeCount { get; private set; }

    public string? Category { get; private set; }

    public string[] Tags { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }
}
