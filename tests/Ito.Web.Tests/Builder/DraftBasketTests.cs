using Ito.Web.Builder;

namespace Ito.Web.Tests.Builder;

/// <summary>The builder's draft as its URL and form carry it: read forgivingly, written back the same way.</summary>
public sealed class DraftBasketTests
{
    [Theory]
    [InlineData("kalshi:KXFED-25DEC-T4.25~YES~2", "kalshi:KXFED-25DEC-T4.25", "YES", "2")]
    [InlineData("Polymarket:0xabc~no~0.5", "polymarket:0xabc", "NO", "0.5")]
    [InlineData("kalshi:ODD~TICKER~YES~1", "kalshi:ODD~TICKER", "YES", "1")]
    [InlineData("kalshi:X~YES~", "kalshi:X", "YES", "1")]
    [InlineData("kalshi:X~YES~abc", "kalshi:X", "YES", "abc")]
    public void A_leg_in_a_link_reads_market_side_and_weight_from_the_right(string text, string marketId, string side, string weight)
    {
        Assert.True(DraftLeg.TryDecode(text, out var leg));
        Assert.Equal(new DraftLeg(marketId, side, weight), leg);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("kalshi:X~MAYBE~1")]
    [InlineData("nowhere:X~YES~1")]
    [InlineData("kalshi:~YES~1")]
    [InlineData("kalshi:has space~YES~1")]
    [InlineData("~YES~1")]
    public void A_leg_that_cannot_be_one_is_not_read(string? text)
    {
        Assert.False(DraftLeg.TryDecode(text, out var leg));
        Assert.Null(leg);
    }

    [Fact]
    public void Every_leg_written_to_a_link_reads_back_the_same()
    {
        var draft = DraftBasket.Read(["kalshi:A~YES~1", "polymarket:0xb~NO~3"], "My view", "Why", "public", "Because", null, null);

        var again = DraftBasket.Read(
            draft.QueryParameters().Where(p => p.Key == "leg").Select(p => p.Value), "My view", "Why", "public", "Because", null, null);

        Assert.Equal(draft.Legs, again.Legs);
        Assert.Contains(new KeyValuePair<string, string?>("visibility", "public"), draft.QueryParameters());
    }

    [Fact]
    public void Unreadable_repeated_and_surplus_legs_are_left_out_with_notices_never_an_error()
    {
        var legs = new List<string?> { "garbage", "kalshi:A~YES~1", "kalshi:A~NO~2" };
        legs.AddRange(Enumerable.Range(0, DraftBasket.MaxLegs + 2).Select(i => $"kalshi:M{i}~YES~1"));

        var draft = DraftBasket.Read(legs, null, null, "secret", null, "not-a-guid", "-1");

        Assert.Equal(DraftBasket.MaxLegs, draft.Legs.Count);
        Assert.Equal(new DraftLeg("kalshi:A", "YES", "1"), draft.Legs[0]);
        Assert.Equal("private", draft.Visibility);
        Assert.Null(draft.EditingBasketId);
        Assert.Null(draft.Version);
        Assert.Equal(
            [
                "1 leg could not be read and was left out.",
                "1 market was named twice; its first leg was kept.",
                $"Only the first {DraftBasket.MaxLegs} legs were kept.",
                "The visibility must be private or public; private was kept.",
            ],
            draft.Notices);
    }

    [Fact]
    public void Adding_a_market_already_held_changes_its_side_and_keeps_its_weight()
    {
        var draft = DraftBasket.Read(["kalshi:A~YES~3"], null, null, null, null, null, null);

        var changed = draft.WithLeg("kalshi:A", "NO").WithLeg("polymarket:0xb", "YES");

        Assert.Equal([new DraftLeg("kalshi:A", "NO", "3"), new DraftLeg("polymarket:0xb", "YES", "1")], changed.Legs);
        Assert.Equal([new DraftLeg("polymarket:0xb", "YES", "1")], changed.WithoutLeg(0).Legs);
        Assert.Same(changed, changed.WithoutLeg(7));
    }

    [Fact]
    public void Shares_are_each_weight_over_the_total_and_none_while_a_weight_is_not_greater_than_zero()
    {
        Assert.Equal([0.25m, 0.75m], DraftBasket.Read(["kalshi:A~YES~1", "kalshi:B~NO~3"], null, null, null, null, null, null).Shares());
        Assert.Null(DraftBasket.Read(["kalshi:A~YES~1", "kalshi:B~NO~0"], null, null, null, null, null, null).Shares());
        Assert.Null(DraftBasket.Read(["kalshi:A~YES~1", "kalshi:B~NO~abc"], null, null, null, null, null, null).Shares());
    }

    [Fact]
    public void A_weight_that_is_a_number_goes_to_the_api_as_one_and_any_other_text_as_typed()
    {
        Assert.Equal(2.5m, LegRequest.From(new DraftLeg("kalshi:A", "YES", "2.5")).Weight);
        Assert.Equal("abc", LegRequest.From(new DraftLeg("kalshi:A", "YES", "abc")).Weight);
    }
}
