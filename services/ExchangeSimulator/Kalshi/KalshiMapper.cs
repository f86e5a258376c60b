using System.Globalization;
using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>Simulator objects → Kalshi's current (fixed-point, post March 2026) JSON schema.</summary>
internal sealed class KalshiMapper(OrderBooks books)
{
    public static string Status(SimMarket market) => market.Phase switch
    {
        MarketPhase.Open => "active",
        MarketPhase.Unopened => "initialized",
        MarketPhase.Paused => "inactive",
        MarketPhase.Closed => "closed",
        // Kalshi reports "determined" until the settlement is final, then "finalized".
        _ => market.Seed % 5 == 0 ? "determined" : "finalized",
    };

    public static MarketPhase? PhaseFilter(string status) => status switch
    {
        "open" => MarketPhase.Open,
        "closed" => MarketPhase.Closed,
        "settled" => MarketPhase.Settled,
        "unopened" => MarketPhase.Unopened,
        "paused" => MarketPhase.Paused,
        _ => null,
    };

    public KalshiObject Market(SimMarket m)
    {
        var (bids, asks) = books.Snapshot(m);
        decimal last, previous, volume, volume24h, openInterest;
        DateTimeOffset updated;
        lock (m.State.Gate)
        {
            (last, previous, volume, volume24h, openInterest, updated) =
                (m.State.LastPrice, m.State.PreviousPrice, m.State.Volume, m.State.Volume24h, m.State.OpenInterest, m.State.Updated);
        }
        var yesBid = bids.Count > 0 ? bids[0].Price : 0m;
        var yesAsk = asks.Count > 0 ? asks[0].Price : 1m;
        var spread = Math.Max(0.01m, yesAsk - yesBid);
        var template = m.Event.Template;
        var o = new KalshiObject
        {
            ["ticker"] = m.Id,
            ["event_ticker"] = m.Event.Id,
            ["market_type"] = "binary",
            ["title"] = m.Question,
            ["subtitle"] = "",
            ["yes_sub_title"] = m.Outcome.Label,
            ["no_sub_title"] = m.Outcome.Label,
            ["created_time"] = Rfc3339(m.Created),
            ["updated_time"] = Rfc3339(m.Created.AddDays(1)),
            ["open_time"] = Rfc3339(m.Open),
            ["close_time"] = Rfc3339(m.Close),
            ["expected_expiration_time"] = Rfc3339(m.Close.AddHours(1)),
            ["expiration_time"] = Rfc3339(m.Close.AddDays(7)),
            ["latest_expiration_time"] = Rfc3339(m.Close.AddDays(7)),
            ["settlement_timer_seconds"] = 1800,
            ["status"] = Status(m),
            ["yes_bid_dollars"] = Dollars(yesBid),
            ["yes_bid_size_fp"] = Count(bids.Count > 0 ? bids[0].Size : 0),
            ["yes_ask_dollars"] = Dollars(yesAsk),
            ["yes_ask_size_fp"] = Count(asks.Count > 0 ? asks[0].Size : 0),
            ["no_bid_dollars"] = Dollars(1 - yesAsk),
            ["no_ask_dollars"] = Dollars(1 - yesBid),
            ["last_price_dollars"] = Dollars(last),
            ["previous_yes_bid_dollars"] = Dollars(Math.Max(0, previous - spread / 2)),
            ["previous_yes_ask_dollars"] = Dollars(Math.Min(1, previous + spread / 2)),
            ["previous_price_dollars"] = Dollars(previous),
            ["volume_fp"] = Count(volume),
            ["volume_24h_fp"] = Count(volume24h),
            ["open_interest_fp"] = Count(openInterest),
            ["notional_value_dollars"] = "1.0000",
            ["liquidity_dollars"] = "0.0000",
            ["result"] = m.Result,
            ["can_close_early"] = template.Frequency != Frequency.Daily,
            ["expiration_value"] = m.Result == "" ? "" : m.Outcome.Label,
            ["rules_primary"] = RulesText.KalshiPrimary(m),
            ["rules_secondary"] = RulesText.KalshiSecondary(m),
            ["price_level_structure"] = m.PriceLevelStructure,
            ["price_ranges"] = PriceRanges(m).Select(r => new KalshiObject
            {
                ["start"] = Dollars(r.Start), ["end"] = Dollars(r.End), ["step"] = Dollars(r.Step),
            }).ToList(),
            ["exchange_index"] = 0,
        };
        if (Strike(m) is { } strike)
        {
            o["strike_type"] = "greater";
            o["floor_strike"] = strike;
        }
        if (m.Phase == MarketPhase.Settled)
        {
            o["settlement_value_dollars"] = m.Result == "yes" ? "1.0000" : "0.0000";
            o["settlement_ts"] = Rfc3339(m.Close.AddHours(1));
        }
        return o;
    }

    public KalshiObject Event(SimEvent e, bool withMarkets)
    {
        var o = new KalshiObject
        {
            ["event_ticker"] = e.Id,
            ["series_ticker"] = e.Series.Ticker,
            ["title"] = e.Title,
            ["sub_title"] = e.SubTitle,
            ["collateral_return_type"] = e.MutuallyExclusive ? "MECNET" : "",
            ["mutually_exclusive"] = e.MutuallyExclusive,
            ["category"] = e.Theme.KalshiCategory,
            ["strike_date"] = Rfc3339(e.Close),
            ["available_on_brokers"] = true,
            ["settlement_sources"] = SettlementSources(e.Series),
            ["last_updated_ts"] = Rfc3339(e.Created.AddDays(1)),
            ["exchange_index"] = 0,
        };
        if (withMarkets) o["markets"] = e.Markets.Where(m => !m.Removed).Select(Market).ToList();
        return o;
    }

    public static KalshiObject Series(SimSeries s, decimal? volume)
    {
        var o = new KalshiObject
        {
            ["ticker"] = s.Ticker,
            ["frequency"] = s.Template.Frequency switch
            {
                Frequency.Daily => "daily", Frequency.Weekly => "weekly", Frequency.Monthly => "monthly", _ => "annual",
            },
            ["title"] = s.Title,
            ["category"] = s.Theme.KalshiCategory,
            ["tags"] = s.Theme.KalshiTags,
            ["settlement_sources"] = SettlementSources(s),
            ["contract_url"] = $"https://kalshi-public-docs.s3.amazonaws.com/regulatory/product-certifications/{s.Ticker}.pdf",
            ["contract_terms_url"] = $"https://kalshi-public-docs.s3.amazonaws.com/contract_terms/{s.Ticker}.pdf",
            ["fee_type"] = "quadratic",
            ["fee_multiplier"] = 1,
            ["additional_prohibitions"] = Array.Empty<string>(),
            ["last_updated_ts"] = "2026-01-01T00:00:00Z",
            ["exchange_index"] = 0,
        };
        if (volume is { } v) o["volume_fp"] = Count(v);
        return o;
    }

    private static List<KalshiObject> SettlementSources(SimSeries s)
    {
        var source = s.Template.Source.Replace("{s}", s.Subject.Name, StringComparison.Ordinal);
        return [new KalshiObject { ["name"] = source, ["url"] = $"https://kalshi.com/sources/{Slug.From(s.Template.SeriesTitle)}" }];
    }

    /// <summary>Valid price bands; tapered markets allow $0.001 steps near the edges.</summary>
    public static IReadOnlyList<(decimal Start, decimal End, decimal Step)> PriceRanges(SimMarket m) =>
        m.PriceLevelStructure == "tapered_deci_cent"
            ? [(0m, 0.1m, 0.001m), (0.1m, 0.9m, 0.01m), (0.9m, 1m, 0.001m)]
            : [(0m, 1m, 0.01m)];

    public static bool IsValidPrice(SimMarket m, decimal price) =>
        price > 0 && price < 1 && PriceRanges(m).Any(r => price >= r.Start && price <= r.End && (price - r.Start) % r.Step == 0);

    private static decimal? Strike(SimMarket m) =>
        m.Outcome.Code.Length > 1 && m.Outcome.Code[0] == 'T'
        && decimal.TryParse(m.Outcome.Code.AsSpan(1).TrimEnd("KM"), NumberStyles.Number, CultureInfo.InvariantCulture, out var strike)
            ? strike * (m.Outcome.Code.EndsWith('K') ? 1000 : m.Outcome.Code.EndsWith('M') ? 1_000_000 : 1)
            : null;
}
