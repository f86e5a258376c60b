using System.Text.Json;
using Ito.Contracts;
using Ito.Venues.Json;
using Ito.Venues.Kalshi.Models;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// Kalshi events (with nested markets) → our events and binary markets. A mutually exclusive event with several
/// markets is a categorical question; each market is one outcome and keeps its own ticker as id. Category and tags
/// live on the series, not the event.
/// </summary>
public static class KalshiListingMapper
{
    public static ListingPage Map(IReadOnlyList<KalshiEvent> events, IReadOnlyDictionary<string, KalshiSeries> series, string? nextCursor)
    {
        var listedEvents = new List<ListedEvent>(events.Count);
        var markets = new List<ListedMarket>(events.Count * 3);
        var rejected = new List<Rejection>();
        foreach (var kalshiEvent in events)
        {
            if (string.IsNullOrWhiteSpace(kalshiEvent.EventTicker) || string.IsNullOrWhiteSpace(kalshiEvent.Title))
            {
                rejected.Add(Reject(kalshiEvent.EventTicker, "event without ticker or title", kalshiEvent));
                continue;
            }

            var seriesInfo = kalshiEvent.SeriesTicker is { } seriesTicker ? series.GetValueOrDefault(seriesTicker) : null;
            var category = NullIfBlank(seriesInfo?.Category) ?? NullIfBlank(kalshiEvent.Category);
            var tags = (seriesInfo?.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
            var nested = kalshiEvent.Markets ?? [];
            var accepted = 0;
            foreach (var market in nested)
            {
                if (MapMarket(kalshiEvent, market, category, tags) is { } listed)
                {
                    markets.Add(listed);
                    accepted++;
                }
                else
                {
                    rejected.Add(Reject(market.Ticker, Problem(market) ?? "invalid market", market));
                }
            }

            listedEvents.Add(new ListedEvent(Venue.Kalshi, kalshiEvent.EventTicker, kalshiEvent.Title!.Trim(),
                kalshiEvent.MutuallyExclusive == true && nested.Count > 1, nested.Count, category, tags));
        }

        return new ListingPage(listedEvents, markets, rejected, nextCursor);
    }

    /// <summary>Why a Kalshi market cannot be stored, or null when it can.</summary>
    public static string? Problem(KalshiMarket market)
    {
        if (string.IsNullOrWhiteSpace(market.Ticker) || !MarketId.TryParse("kalshi:" + market.Ticker, out _)) return "missing or malformed ticker";
        if (string.IsNullOrWhiteSpace(market.Title)) return "missing title";
        if (VenueStatus.FromKalshi(market.Status) is null) return $"unknown status '{market.Status}'";
        foreach (var (name, price) in new[] { ("yes_bid", market.YesBid), ("yes_ask", market.YesAsk), ("last_price", market.LastPrice) })
        {
            if (price is < 0m or > 1m) return $"{name} {price} outside [0, 1]";
        }
        return null;
    }

    private static ListedMarket? MapMarket(KalshiEvent kalshiEvent, KalshiMarket market, string? category, IReadOnlyList<string> tags)
    {
        if (Problem(market) is not null) return null;
        var status = VenueStatus.FromKalshi(market.Status)!.Value;
        // In a categorical event the market title repeats the question; the outcome is in yes_sub_title.
        var subtitle = NullIfBlank(market.YesSubTitle) ?? NullIfBlank(market.Subtitle);
        var rules = string.Join("\n\n", new[] { market.RulesPrimary, market.RulesSecondary }.Where(r => !string.IsNullOrWhiteSpace(r)));
        return new ListedMarket(
            MarketId.For(Venue.Kalshi, market.Ticker),
            $"kalshi:{kalshiEvent.EventTicker}",
            market.Title!.Trim(),
            subtitle,
            rules.Length == 0 ? null : rules,
            kalshiEvent.Title,
            category,
            tags,
            status,
            market.CloseTime,
            NullIfBlank(market.Result),
            YesTokenId: null,
            NoTokenId: null);
    }

    private static Rejection Reject<T>(string? rawId, string reason, T payload) =>
        new(Venue.Kalshi, string.IsNullOrWhiteSpace(rawId) ? "(none)" : rawId, reason, JsonSerializer.Serialize(payload, VenueJson.Options));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
