namespace Ito.ExchangeSimulator.Universe;

internal enum Venue { Kalshi, Polymarket }

/// <summary>Lifecycle common to both venues; each venue maps it onto its own vocabulary.</summary>
internal enum MarketPhase { Unopened, Open, Paused, Closed, Settled }

/// <summary>A series (Kalshi) or Gamma series: one template applied to one subject on one venue.</summary>
internal sealed class SimSeries
{
    public required Venue Venue { get; init; }
    public required string Ticker { get; init; }
    public required string GammaId { get; init; }
    public required string Title { get; init; }
    public required Theme Theme { get; init; }
    public required MarketTemplate Template { get; init; }
    public required Subject Subject { get; init; }
    public int NextFutureIndex { get; set; }
    public int NextPastIndex { get; set; }
}

/// <summary>An event: one or several binary markets (several = a multi-outcome event).</summary>
internal sealed class SimEvent
{
    public required Venue Venue { get; init; }
    public required long Seq { get; init; }
    public required SimSeries Series { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string SubTitle { get; init; }
    public required string Slug { get; init; }
    public required string DateText { get; init; }
    public required bool MutuallyExclusive { get; init; }
    public required bool NegRisk { get; init; }
    public required string NegRiskMarketId { get; init; }
    public required MarketPhase Phase { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required DateTimeOffset Open { get; init; }
    public required DateTimeOffset Close { get; init; }
    public List<SimMarket> Markets { get; } = [];
    public Theme Theme => Series.Theme;
    public MarketTemplate Template => Series.Template;
}

/// <summary>One binary market. Static description plus <see cref="State"/>, the part that moves.</summary>
internal sealed class SimMarket
{
    public required Venue Venue { get; init; }
    public required long Seq { get; init; }
    public required SimEvent Event { get; init; }
    public required Outcome Outcome { get; init; }
    /// <summary>Kalshi ticker or Gamma market id.</summary>
    public required string Id { get; init; }
    public required string Question { get; init; }
    public required string Slug { get; init; }
    public required string ConditionId { get; init; }
    public required string QuestionId { get; init; }
    public required string YesTokenId { get; init; }
    public required string NoTokenId { get; init; }
    public required decimal TickSize { get; init; }
    public required decimal MinOrderSize { get; init; }
    /// <summary>Kalshi <c>price_level_structure</c>: linear_cent or tapered_deci_cent.</summary>
    public required string PriceLevelStructure { get; init; }
    public required ulong Seed { get; init; }
    public required MarketPhase Phase { get; init; }
    /// <summary>"yes", "no" or "" (unsettled).</summary>
    public required string Result { get; init; }
    public required MarketState State { get; init; }
    public volatile bool Removed;

    public bool IsTradable => Phase == MarketPhase.Open && !Removed;
    public DateTimeOffset Created => Event.Created;
    public DateTimeOffset Open => Event.Open;
    public DateTimeOffset Close => Event.Close;
}

/// <summary>Mutable market data; guarded by its own lock (the ticker and the matching engine both write).</summary>
internal sealed class MarketState
{
    public object Gate { get; } = new();
    /// <summary>Unrounded YES probability the random walk moves (in logit space).</summary>
    public double Logit { get; set; }
    /// <summary>Last traded YES price, always on the tick grid.</summary>
    public decimal LastPrice { get; set; }
    public decimal PreviousPrice { get; set; }
    public decimal Volume { get; set; }
    public decimal Volume24h { get; set; }
    public decimal OpenInterest { get; set; }
    public DateTimeOffset Updated { get; set; }
    /// <summary>Bumped whenever the synthetic book moves, so consumed liquidity can be forgotten.</summary>
    public long BookVersion { get; set; }
}
