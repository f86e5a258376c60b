using Ito.Contracts.Markets;
using Ito.MarketIngestion.Sync;
using Ito.Venues.Kalshi.Models;

namespace Ito.MarketIngestion.Tests.Unit;

public sealed class KalshiListingMapperTests
{
    private static readonly Dictionary<string, KalshiSeries> Series = new()
    {
        ["KXFED"] = new KalshiSeries { Ticker = "KXFED", Category = "Economics", Tags = ["Fed", "Interest rates", "Fed"] },
    };

    private static KalshiMarket Market(string ticker, string status = "active", decimal? yesBid = 0.40m) => new()
    {
        Ticker = ticker,
        EventTicker = "KXFED-26DEC",
        Title = "Fed rate after December meeting?",
        YesSubTitle = ticker.Length >= 4 ? ticker[^4..] : ticker,
        Status = status,
        YesBidDollars = yesBid,
        YesAskDollars = 0.45m,
        CloseTime = new DateTimeOffset(2026, 12, 16, 19, 0, 0, TimeSpan.Zero),
        RulesPrimary = "Resolves YES if the upper bound is this value.",
    };

    private static KalshiEvent Event(params KalshiMarket[] markets) => new()
    {
        EventTicker = "KXFED-26DEC",
        SeriesTicker = "KXFED",
        Title = "Fed rate in December 2026",
        MutuallyExclusive = true,
        Markets = markets,
    };

    [Fact]
    public void A_mutually_exclusive_event_becomes_one_binary_market_per_outcome_with_series_category_and_tags()
    {
        var page = KalshiListingMapper.Map([Event(Market("KXFED-26DEC-T4.00"), Market("KXFED-26DEC-T4.25"), Market("KXFED-26DEC-T4.50"))], Series, "next");

        var listed = Assert.Single(page.Events);
        Assert.Equal(("kalshi:KXFED-26DEC", true, 3, "Economics"), (listed.Id, listed.MutuallyExclusive, listed.OutcomeCount, listed.Category));
        Assert.Equal(["Fed", "Interest rates"], listed.Tags);
        Assert.Equal(["kalshi:KXFED-26DEC-T4.00", "kalshi:KXFED-26DEC-T4.25", "kalshi:KXFED-26DEC-T4.50"], page.Markets.Select(m => m.Id.ToString()));
        Assert.All(page.Markets, m =>
        {
            Assert.Equal("kalshi:KXFED-26DEC", m.EventId);
            Assert.Equal("Fed rate in December 2026", m.EventTitle);
            Assert.Equal("Economics", m.Category);
            Assert.Equal(MarketStatus.Open, m.Status);
            Assert.Null(m.YesTokenId);
        });
        Assert.Equal("4.25", page.Markets[1].Subtitle);
        Assert.Equal("next", page.NextCursor);
        Assert.Empty(page.Rejected);
    }

    [Fact]
    public void A_single_market_event_is_not_categorical_even_when_flagged_exclusive()
    {
        var page = KalshiListingMapper.Map([Event(Market("KXFED-26DEC-T4.00"))], Series, null);
        Assert.False(Assert.Single(page.Events).MutuallyExclusive);
    }

    [Theory]
    [InlineData("", "active", 0.4, "ticker")]
    [InlineData("KXFED-26DEC-T4.00", "halted_by_martians", 0.4, "unknown status")]
    [InlineData("KXFED-26DEC-T4.00", null, 0.4, "unknown status")]
    [InlineData("KXFED-26DEC-T4.00", "active", 1.4, "outside [0, 1]")]
    [InlineData("KXFED-26DEC-T4.00", "active", -0.1, "outside [0, 1]")]
    public void Bad_markets_are_rejected_with_a_reason_and_the_rest_of_the_page_is_kept(string ticker, string? status, double yesBid, string reason)
    {
        var bad = Market(ticker, status!, (decimal)yesBid);
        var page = KalshiListingMapper.Map([Event(bad, Market("KXFED-26DEC-T9.99"))], Series, null);

        var rejected = Assert.Single(page.Rejected);
        Assert.Contains(reason, rejected.Reason, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(rejected.Payload));
        Assert.Equal("kalshi:KXFED-26DEC-T9.99", Assert.Single(page.Markets).Id.ToString());
    }

    [Fact]
    public void A_market_without_title_and_an_event_without_ticker_are_rejected()
    {
        var untitled = Market("KXFED-26DEC-T4.00") with { Title = null };
        var orphan = new KalshiEvent { EventTicker = "", Title = "No ticker", Markets = [Market("KXFED-26DEC-T5.00")] };
        var page = KalshiListingMapper.Map([Event(untitled), orphan], Series, null);

        Assert.Equal(2, page.Rejected.Count);
        Assert.Contains(page.Rejected, r => r.Reason == "missing title");
        Assert.Contains(page.Rejected, r => r.Reason.Contains("event without ticker", StringComparison.Ordinal));
        Assert.Empty(page.Markets);
    }

    [Theory]
    [InlineData("initialized", MarketStatus.Upcoming)]
    [InlineData("inactive", MarketStatus.Paused)]
    [InlineData("closed", MarketStatus.Closed)]
    [InlineData("determined", MarketStatus.Settled)]
    [InlineData("finalized", MarketStatus.Settled)]
    public void Kalshi_statuses_map_onto_ours(string kalshi, MarketStatus expected) =>
        Assert.Equal(expected, VenueStatus.FromKalshi(kalshi));
}
