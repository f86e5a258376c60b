using Ito.Contracts.Markets;
using Ito.MarketIngestion.Sync;
using Ito.Venues.Polymarket.Gamma;

namespace Ito.MarketIngestion.Tests.Unit;

public sealed class PolymarketListingMapperTests
{
    private static GammaMarket Market(string conditionId, string outcome) => new()
    {
        Id = "5" + conditionId[^3..],
        ConditionId = conditionId,
        Question = $"Will {outcome} win the 2026 election?",
        GroupItemTitle = outcome,
        Outcomes = ["Yes", "No"],
        ClobTokenIds = ["111" + conditionId[^3..], "222" + conditionId[^3..]],
        OutcomePrices = ["0.31", "0.69"],
        BestBid = 0.30m,
        BestAsk = 0.32m,
        Active = true,
        Closed = false,
        AcceptingOrders = true,
        EndDate = new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero),
    };

    private static GammaEvent Event(params GammaMarket[] markets) => new()
    {
        Id = "9001",
        Title = "Election winner 2026",
        NegRisk = true,
        Tags = [new GammaTag { Id = "2", Label = "Politics" }, new GammaTag { Id = "5", Label = "Elections" }],
        Markets = markets,
    };

    [Fact]
    public void A_negrisk_event_becomes_one_binary_market_per_outcome_with_its_yes_and_no_tokens()
    {
        var page = PolymarketListingMapper.Map([Event(Market("0xabc001", "Alice"), Market("0xabc002", "Bob"), Market("0xabc003", "Carol"))], null);

        var listed = Assert.Single(page.Events);
        Assert.Equal(("polymarket:9001", true, 3), (listed.Id, listed.MutuallyExclusive, listed.OutcomeCount));
        Assert.Equal(["Politics", "Elections"], listed.Tags);
        Assert.Equal(["polymarket:0xabc001", "polymarket:0xabc002", "polymarket:0xabc003"], page.Markets.Select(m => m.Id.ToString()));
        var bob = page.Markets[1];
        Assert.Equal(("111002", "222002", "Bob", "Politics"), (bob.YesTokenId, bob.NoTokenId, bob.Subtitle, bob.Category));
        Assert.Equal(MarketStatus.Open, bob.Status);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public void Token_ids_follow_the_outcome_names_not_their_positions()
    {
        var reversed = Market("0xabc001", "Alice") with { Outcomes = ["No", "Yes"], ClobTokenIds = ["222", "111"] };
        var market = Assert.Single(PolymarketListingMapper.Map([Event(reversed)], null).Markets);
        Assert.Equal(("111", "222"), (market.YesTokenId, market.NoTokenId));
    }

    [Fact]
    public void A_closed_resolved_market_is_settled_with_the_winning_outcome()
    {
        var resolved = Market("0xabc001", "Alice") with { Closed = true, UmaResolutionStatuses = ["resolved"], OutcomePrices = ["0", "1"] };
        var market = Assert.Single(PolymarketListingMapper.Map([Event(resolved)], null).Markets);
        Assert.Equal((MarketStatus.Settled, "no"), (market.Status, market.Result));
    }

    public static TheoryData<GammaMarket, string> BadMarkets => new()
    {
        { Market("0xabc001", "A") with { ConditionId = null }, "conditionId" },
        { Market("0xabc001", "A") with { Question = " " }, "question" },
        { Market("0xabc001", "A") with { ClobTokenIds = ["111"] }, "YES/NO pair" },
        { Market("0xabc001", "A") with { Outcomes = ["Up", "Down"] }, "not Yes and No" },
        { Market("0xabc001", "A") with { OutcomePrices = ["1.5", "-0.5"] }, "outside [0, 1]" },
        { Market("0xabc001", "A") with { BestAsk = 2m }, "outside [0, 1]" },
    };

    [Theory]
    [MemberData(nameof(BadMarkets))]
    public void Bad_markets_are_rejected_with_a_reason_and_the_rest_is_kept(GammaMarket bad, string reason)
    {
        var page = PolymarketListingMapper.Map([Event(bad, Market("0xabc009", "Zed"))], null);
        Assert.Contains(reason, Assert.Single(page.Rejected).Reason, StringComparison.Ordinal);
        Assert.Equal("polymarket:0xabc009", Assert.Single(page.Markets).Id.ToString());
    }
}
