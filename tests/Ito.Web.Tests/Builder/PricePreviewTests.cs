using Ito.Web.Builder;

namespace Ito.Web.Tests.Builder;

public sealed class PricePreviewTests
{
    private static readonly DraftBasket YesAndNo = DraftBasket.Read(["kalshi:A~YES~1", "polymarket:0xb~NO~3"], null, null, null, null, null, null);

    [Fact]
    public void The_price_is_each_share_times_its_sides_price_a_no_costing_one_minus_the_yes_price()
    {
        var preview = PricePreview.Of(YesAndNo, id => id == "kalshi:A" ? 0.40m : 0.20m);

        // 0.25 × 0.40 + 0.75 × (1 − 0.20)
        Assert.Equal(0.70m, preview.Price);
        Assert.True(preview.IsComplete);
    }

    [Fact]
    public void A_leg_without_a_price_makes_the_preview_incomplete_and_says_how_many_are_priced()
    {
        var preview = PricePreview.Of(YesAndNo, id => id == "kalshi:A" ? 0.40m : null);

        Assert.Null(preview.Price);
        Assert.Equal((1, 2), (preview.PricedLegs, preview.Legs));
    }

    [Fact]
    public void A_weight_not_yet_valid_makes_the_preview_incomplete()
    {
        var draft = DraftBasket.Read(["kalshi:A~YES~0"], null, null, null, null, null, null);

        Assert.False(PricePreview.Of(draft, _ => 0.5m).IsComplete);
    }
}
