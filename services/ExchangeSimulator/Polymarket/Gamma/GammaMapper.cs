using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Polymarket.Gamma;

/// <summary>
/// Gamma JSON, field for field with live captures: camelCase, <c>outcomes</c>/<c>outcomePrices</c>/<c>clobTokenIds</c>
/// as JSON-encoded strings, market liquidity/volume as decimal strings but event liquidity/volume as numbers.
/// </summary>
internal sealed class GammaMapper(OrderBooks books, TimeProvider time)
{
    private const string Usdc = "0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174";

    public Dictionary<string, object?> Market(SimMarket m, bool includeTags, bool includeEvents, bool schema = true)
    {
        var now = time.GetUtcNow();
        var (bids, asks) = books.Snapshot(m);
        decimal last, volume, volume24h;
        lock (m.State.Gate) (last, volume, volume24h) = (m.State.LastPrice, m.State.Volume, m.State.Volume24h);
        var bestBid = bids.Count > 0 ? bids[0].Price : 0m;
        var bestAsk = asks.Count > 0 ? asks[0].Price : 1m;
        var liquidity = bids.Sum(l => l.Price * l.Size) + asks.Sum(l => (1 - l.Price) * l.Size);
        var closed = m.Phase is MarketPhase.Closed or MarketPhase.Settled;
        var yes = m.Result switch { "yes" => 1m, "no" => 0m, _ => last };
        var theme = m.Event.Theme;
        var end = PriceHistory.EndOf(m, now);
        double Change(TimeSpan span) => Math.Round((double)last - PriceHistory.PriceAt(m, end - span, end, last), 4);

        var o = new Dictionary<string, object?>();
        if (schema) o["$schema"] = "https://gamma-api.polymarket.com/schemas/Market.json";
        o["id"] = m.Id;
        o["question"] = m.Question;
        o["conditionId"] = m.ConditionId;
        o["slug"] = m.Slug;
        o["resolutionSource"] = "";
        o["endDate"] = Rfc3339(m.Close);
        o["category"] = theme.GammaTags[0].Label;
        o["liquidity"] = Trim(Math.Round(liquidity, 5));
        o["startDate"] = Iso(m.Open);
        o["fee"] = "20000000000000000";
        o["image"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/{m.Slug}.png";
        o["icon"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/{m.Slug}.png";
        o["description"] = RulesText.PolymarketDescription(m);
        o["outcomes"] = "[\"Yes\", \"No\"]";
        o["outcomePrices"] = $"[\"{Trim(yes)}\", \"{Trim(1 - yes)}\"]";
        o["volume"] = Trim(volume);
        o["active"] = true;
        o["marketType"] = "normal";
        o["closed"] = closed;
        o["marketMakerAddress"] = "";
        o["updatedBy"] = 15;
        o["createdAt"] = Iso(m.Created);
        o["updatedAt"] = Iso(m.State.Updated);
        if (closed) o["closedTime"] = m.Close.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'+00'", System.Globalization.CultureInfo.InvariantCulture);
        o["wideFormat"] = false;
        o["new"] = false;
        o["sentDiscord"] = false;
        o["featured"] = false;
        o["submitted_by"] = "0x91430CaD2d3975766499717fA0D66A78D814E5c5";
        o["twitterCardLocation"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/twitter/{m.Slug}.png";
        o["twitterCardLastRefreshed"] = Inv(m.Created.ToUnixTimeMilliseconds());
        o["archived"] = false;
        o["resolvedBy"] = "0x157Ce2d672854c848c9b79C49a8Cc6cc89176a49";
        o["restricted"] = true;
        o["groupItemTitle"] = m.Event.Markets.Count > 1 ? m.Outcome.Label : "";
        o["groupItemThreshold"] = Inv(m.Event.Markets.IndexOf(m));
        o["questionID"] = m.QuestionId;
        o["enableOrderBook"] = true;
        o["orderPriceMinTickSize"] = m.TickSize;
        o["orderMinSize"] = m.MinOrderSize;
        o["volumeNum"] = volume;
        o["liquidityNum"] = Math.Round(liquidity, 5);
        o["endDateIso"] = m.Close.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        o["startDateIso"] = m.Open.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        o["hasReviewedDates"] = true;
        o["readyForCron"] = true;
        o["volume24hr"] = volume24h;
        o["volume1wk"] = Math.Min(volume, volume24h * 6);
        o["volume1mo"] = Math.Min(volume, volume24h * 25);
        o["volume1yr"] = volume;
        o["clobTokenIds"] = $"[\"{m.YesTokenId}\", \"{m.NoTokenId}\"]";
        o["positionIds"] = new[] { m.YesTokenId, m.NoTokenId };
        o["comboStatus"] = "disabled";
        o["fpmmLive"] = true;
        o["umaBond"] = "500";
        o["umaReward"] = "5";
        o["volume24hrClob"] = volume24h;
        o["volume1wkClob"] = Math.Min(volume, volume24h * 6);
        o["volume1moClob"] = Math.Min(volume, volume24h * 25);
        o["volume1yrClob"] = volume;
        o["volumeClob"] = volume;
        o["liquidityClob"] = Math.Round(liquidity, 5);
        o["volume1wkAmm"] = 0;
        o["volume1moAmm"] = 0;
        o["volume1yrAmm"] = 0;
        o["makerBaseFee"] = 1000;
        o["takerBaseFee"] = 1000;
        o["customLiveness"] = 0;
        o["acceptingOrders"] = m.IsTradable;
        o["negRisk"] = m.Event.NegRisk;
        o["negRiskRequestID"] = m.Event.NegRisk ? m.QuestionId : "";
        o["creator"] = "";
        o["ready"] = false;
        o["funded"] = false;
        o["acceptingOrdersTimestamp"] = Rfc3339(m.Open);
        if (includeTags) o["tags"] = theme.GammaTags.Select(t => Tag(t, full: true)).ToList();
        o["cyom"] = false;
        o["competitive"] = Math.Round(1 - (double)(bestAsk - bestBid), 4);
        o["pagerDutyNotificationEnabled"] = false;
        o["approved"] = true;
        o["clobRewards"] = new[]
        {
            new Dictionary<string, object?>
            {
                ["id"] = Inv(300000 + m.Seq), ["conditionId"] = m.ConditionId, ["assetAddress"] = Usdc, ["rewardsAmount"] = 0,
                ["rewardsDailyRate"] = 10, ["startDate"] = m.Open.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["endDate"] = "2500-12-31",
            },
        };
        o["rewardsMinSize"] = 200;
        o["rewardsMaxSpread"] = 3.5;
        o["spread"] = bestAsk - bestBid;
        o["oneHourPriceChange"] = Change(TimeSpan.FromHours(1));
        o["oneDayPriceChange"] = Change(TimeSpan.FromDays(1));
        o["oneWeekPriceChange"] = Change(TimeSpan.FromDays(7));
        o["oneMonthPriceChange"] = Change(TimeSpan.FromDays(30));
        o["oneYearPriceChange"] = Change(TimeSpan.FromDays(365));
        o["lastTradePrice"] = last;
        o["bestBid"] = bestBid;
        o["bestAsk"] = bestAsk;
        o["automaticallyActive"] = true;
        o["clearBookOnStart"] = true;
        o["manualActivation"] = false;
        o["negRiskOther"] = false;
        o["umaResolutionStatuses"] = m.Phase == MarketPhase.Settled ? "[\"resolved\"]" : "[]";
        o["pendingDeployment"] = false;
        o["deploying"] = false;
        o["deployingTimestamp"] = Iso(m.Open.AddMinutes(-2));
        o["rfqEnabled"] = false;
        o["holdingRewardsEnabled"] = false;
        o["feesEnabled"] = theme.PolyFeeRate > 0;
        o["requiresTranslation"] = false;
        o["feeType"] = theme.PolyFeeType;
        o["feeSchedule"] = new Dictionary<string, object?>
        {
            ["exponent"] = 1, ["rate"] = theme.PolyFeeRate, ["takerOnly"] = true, ["rebateRate"] = 0.25,
        };
        o["version"] = "v1";
        if (includeEvents) o["events"] = new[] { Event(m.Event, withMarkets: false, schema: false) };
        return o;
    }

    public Dictionary<string, object?> Event(SimEvent e, bool withMarkets, bool schema = true)
    {
        var markets = e.Markets.Where(m => !m.Removed).ToList();
        var closed = e.Phase is MarketPhase.Closed or MarketPhase.Settled;
        var o = new Dictionary<string, object?>();
        if (schema) o["$schema"] = "https://gamma-api.polymarket.com/schemas/Event.json";
        o["id"] = e.Id;
        o["ticker"] = e.Slug;
        o["slug"] = e.Slug;
        o["title"] = e.Title;
        o["description"] = markets.Count > 0 ? RulesText.PolymarketDescription(markets[0]) : "";
        o["resolutionSource"] = "";
        o["startDate"] = Rfc3339(e.Open);
        o["creationDate"] = Rfc3339(e.Created);
        o["endDate"] = Rfc3339(e.Close);
        o["image"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/{e.Slug}.png";
        o["icon"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/{e.Slug}.png";
        o["active"] = true;
        o["closed"] = closed;
        o["archived"] = false;
        o["new"] = false;
        o["featured"] = false;
        o["restricted"] = true;
        o["liquidity"] = 0m;
        o["volume"] = markets.Sum(m => m.State.Volume);
        o["openInterest"] = markets.Sum(m => m.State.OpenInterest);
        o["sortBy"] = "ascending";
        o["category"] = e.Theme.GammaTags[0].Label;
        o["published_at"] = e.Created.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff'+00'", System.Globalization.CultureInfo.InvariantCulture);
        o["createdAt"] = Iso(e.Created);
        o["updatedAt"] = Iso(e.Created.AddDays(1));
        o["competitive"] = 0.8;
        o["volume24hr"] = markets.Sum(m => m.State.Volume24h);
        o["volume1wk"] = markets.Sum(m => m.State.Volume24h * 6);
        o["volume1mo"] = markets.Sum(m => m.State.Volume24h * 25);
        o["volume1yr"] = markets.Sum(m => m.State.Volume);
        o["liquidityAmm"] = 0;
        o["liquidityClob"] = 0;
        o["commentCount"] = (int)(e.Seq % 997);
        if (withMarkets) o["markets"] = markets.Select(m => Market(m, includeTags: false, includeEvents: false, schema: false)).ToList();
        o["series"] = new[] { Series(e.Series) };
        o["tags"] = e.Theme.GammaTags.Select(t => Tag(t, full: false)).ToList();
        o["cyom"] = false;
        if (closed) o["closedTime"] = Iso(e.Close);
        o["showAllOutcomes"] = e.Markets.Count > 1;
        o["showMarketImages"] = true;
        o["enableNegRisk"] = e.NegRisk;
        o["negRisk"] = e.NegRisk;
        if (e.NegRisk) o["negRiskMarketID"] = e.NegRiskMarketId;
        o["seriesSlug"] = e.Series.Ticker;
        o["negRiskAugmented"] = false;
        o["pendingDeployment"] = false;
        o["deploying"] = false;
        o["requiresTranslation"] = false;
        o["eventMetadata"] = new Dictionary<string, object?> { ["context_requires_regen"] = false };
        o["version"] = "v1";
        return o;
    }

    public static Dictionary<string, object?> Tag(GammaTag tag, bool full)
    {
        var o = new Dictionary<string, object?> { ["id"] = tag.Id, ["label"] = tag.Label, ["slug"] = tag.Slug };
        if (full)
        {
            o["publishedAt"] = "2023-11-02 22:05:44.425+00";
            o["createdAt"] = "2023-11-02T22:05:44.48Z";
        }
        o["forceShow"] = false;
        o["updatedAt"] = "2026-04-17T20:47:56.524437Z";
        if (full) o["isCarousel"] = false;
        o["requiresTranslation"] = false;
        return o;
    }

    private static Dictionary<string, object?> Series(SimSeries s) => new()
    {
        ["id"] = s.GammaId, ["ticker"] = s.Ticker, ["slug"] = s.Ticker, ["title"] = s.Title, ["seriesType"] = "single",
        ["recurrence"] = s.Template.Frequency.ToString().ToLowerInvariant(),
        ["image"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/series/{s.Ticker}.png",
        ["icon"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/series/{s.Ticker}.png",
        ["layout"] = "default", ["active"] = true, ["closed"] = false, ["archived"] = false, ["new"] = false, ["featured"] = false,
        ["restricted"] = true, ["publishedAt"] = "2023-01-30 17:13:39.006+00", ["createdBy"] = "15", ["updatedBy"] = "15",
        ["createdAt"] = "2022-10-13T00:36:01.131Z", ["updatedAt"] = "2026-08-16T08:48:54.264477Z", ["commentsEnabled"] = false,
        ["competitive"] = "0", ["volume24hr"] = 0, ["startDate"] = "2021-01-01T17:00:00Z", ["commentCount"] = 0,
        ["requiresTranslation"] = false,
    };
}
