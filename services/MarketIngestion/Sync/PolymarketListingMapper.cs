using System.Text.Json;
using Ito.Contracts;
using Ito.Venues.Json;
using Ito.Venues.Polymarket.Gamma;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// Gamma events (with nested markets) → our events and binary markets. A negRisk event with several markets is a
/// categorical question; each market is one outcome with its condition id as id and its YES/NO token ids, read
/// index-aligned from <c>outcomes</c> and <c>clobTokenIds</c>. Category and tags come from the event's Gamma tags.
/// </summary>
public static class PolymarketListingMapper
{
    public static ListingPage Map(IReadOnlyList<GammaEvent> events, string? nextCursor)
    {
        var listedEvents = new List<ListedEvent>(events.Count);
        var markets = new List<ListedMarket>(events.Count * 2);
        var rejected = new List<Rejection>();
        foreach (var gammaEvent in events)
        {
            if (string.IsNullOrWhiteSpace(gammaEvent.Id) || string.IsNullOrWhiteSpace(gammaEvent.Title))
            {
                rejected.Add(Reject(gammaEvent.Id, "event without id or title", gammaEvent));
                continue;
            }

            var tags = (gammaEvent.Tags ?? []).Select(t => t.Label).OfType<string>().Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var category = string.IsNullOrWhiteSpace(gammaEvent.Category) ? tags.FirstOrDefault() : gammaEvent.Category.Trim();
            var nested = gammaEvent.Markets ?? [];
            foreach (var market in nested)
            {
                if (Problem(market) is { } problem)
                {
                    rejected.Add(Reject(market.ConditionId ?? market.Id, problem, market));
                    continue;
                }

                markets.Add(MapMarket(gammaEvent, market, category, tags));
            }

            listedEvents.Add(new ListedEvent(Venue.Polymarket, gammaEvent.Id, gammaEvent.Title.Trim(),
                gammaEvent.NegRisk == true && nested.Count > 1, nested.Count, category, tags));
        }

        return new ListingPage(listedEvents, markets, rejected, nextCursor);
    }

    /// <summary>Why a Gamma market cannot be stored, or null when it can.</summary>
    public static string? Problem(GammaMarket market)
    {
        if (string.IsNullOrWhiteSpace(market.ConditionId) || !MarketId.TryParse("polymarket:" + market.ConditionId, out _)) return "missing or malformed conditionId";
        if (string.IsNullOrWhiteSpace(market.Question)) return "missing question";
        if (market.Outcomes.Count != 2 || market.ClobTokenIds.Count != market.Outcomes.Count) return "outcomes and clobTokenIds are not a YES/NO pair";
        if (market.TokenIdFor("Yes") is null || market.TokenIdFor("No") is null) return "outcomes are not Yes and No";
        if (market.OutcomePriceValues.Any(p => p is < 0m or > 1m)) return "outcome price outside [0, 1]";
        foreach (var (name, price) in new[] { ("bestBid", market.BestBid), ("bestAsk", market.BestAsk), ("lastTradePrice", market.LastTradePrice) })
        {
            if (price is < 0m or > 1m) return $"{name} {price} outside [0, 1]";
        }
        return null;
    }

    private static ListedMarket MapMarket(GammaEvent gammaEvent, GammaMarket market, string? category, IReadOnlyList<string> tags)
    {
        var status = VenueStatus.FromGamma(market.Closed, market.AcceptingOrders, market.UmaResolutionStatuses);
        var result = status == Contracts.Markets.MarketStatus.Settled ? ResultOf(market) : null;
        return new ListedMarket(
            MarketId.For(Venue.Polymarket, market.ConditionId!),
            $"polymarket:{gammaEvent.Id}",
            market.Question!.Trim(),
            string.IsNullOrWhiteSpace(market.GroupItemTitle) ? null : market.GroupItemTitle.Trim(),
            string.IsNullOrWhiteSpace(market.Description) ? null : market.Description,
            gammaEvent.Title,
            category,
            tags,
            status,
            market.EndDate,
            result,
            market.TokenIdFor("Yes"),
            market.TokenIdFor("No"));
    }

    /// <summary>A resolved market pays 1 on the winning outcome: its price says which.</summary>
    private static string? ResultOf(GammaMarket market)
    {
        var prices = market.OutcomePriceValues;
        for (var i = 0; i < prices.Count && i < market.Outcomes.Count; i++)
        {
            if (prices[i] == 1m) return market.Outcomes[i].ToLowerInvariant();
        }
        return null;
    }

    private static Rejection Reject<T>(string? rawId, string reason, T payload) =>
        new(Venue.Polymarket, string.IsNullOrWhiteSpace(rawId) ? "(none)" : rawId, reason, JsonSerializer.Serialize(payload, VenueJson.Options));
}
