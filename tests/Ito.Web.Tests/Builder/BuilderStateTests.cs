using Ito.Web.Builder;
using Ito.Web.Markets;

namespace Ito.Web.Tests.Builder;

public sealed class BuilderStateTests
{
    [Theory]
    [InlineData("add:YES:kalshi:KX-1", "add", "YES", "kalshi:KX-1", null)]
    [InlineData("add:NO:polymarket:0xabc", "add", "NO", "polymarket:0xabc", null)]
    [InlineData("remove:2", "remove", null, null, 2)]
    [InlineData("create", "create", null, null, null)]
    [InlineData("remove:-1", "update", null, null, null)]
    [InlineData("drop table", "update", null, null, null)]
    [InlineData(null, "update", null, null, null)]
    public void A_button_value_reads_as_an_action_and_anything_else_as_update(string? value, string kind, string? side, string? marketId, int? index)
    {
        Assert.Equal(new BuilderAction(kind, side, marketId, index), BuilderAction.Parse(value));
    }

    [Fact]
    public void The_url_holds_the_search_and_the_draft_and_leaves_out_defaults()
    {
        var state = new BuilderState(
            MarketSearchFilters.Read(" fed ", "KALSHI", null, "open", null, null),
            DraftBasket.Read(["kalshi:A~YES~2"], "Rates", null, "private", null, null, null));

        Assert.Equal("/builder?q=fed&platform=kalshi&leg=kalshi%3AA~YES~2&name=Rates", state.Url());
    }

    [Fact]
    public void Search_filters_the_api_does_not_know_fall_back_to_their_defaults_and_any_status_lifts_the_status_filter()
    {
        var filters = MarketSearchFilters.Read(null, "nasdaq", null, "bogus", null, null);
        Assert.Equal((null, "open"), (filters.Platform, filters.Status));
        Assert.Equal("/api/v1/markets/search?status=open&limit=20", filters.ApiPath());

        Assert.Equal("/api/v1/markets/search?limit=20", MarketSearchFilters.Read(null, null, null, "any", null, null).ApiPath());
    }
}
