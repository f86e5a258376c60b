using System.Text.Json;
using Ito.Web.Trading;

namespace Ito.Web.Tests.Trading;

/// <summary>The data a dashboard row carries so the browser can mark the position to market from the price stream.</summary>
public sealed class LivePositionTests
{
    private static readonly Guid Basket = Guid.NewGuid();

    private static PositionView Leg(string market, string outcome, decimal shares, decimal cost, decimal? mark) =>
        new(Basket, market, outcome, "paper", shares, shares == 0 ? null : cost / shares, cost, mark, mark * shares, 0, mark * shares - cost, 0, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Each_leg_carries_its_market_outcome_shares_cost_and_mark_in_invariant_numbers()
    {
        var position = new BasketPositionView(Basket, "paper", 10.5m, null, 0, null, 0,
            [Leg("kalshi:FED-25DEC", "Yes", 12.34m, 6.2m, 0.515m), Leg("polymarket:0xabc", "No", 7m, 4.3m, null)]);

        var data = JsonDocument.Parse(LivePosition.Json(position)).RootElement.GetProperty("legs").EnumerateArray().ToList();

        Assert.Equal(2, data.Count);
        Assert.Equal("kalshi:FED-25DEC", data[0].GetProperty("m").GetString());
        Assert.Equal("yes", data[0].GetProperty("o").GetString());
        Assert.Equal(12.34m, data[0].GetProperty("s").GetDecimal());
        Assert.Equal(6.2m, data[0].GetProperty("c").GetDecimal());
        Assert.Equal(0.515m, data[0].GetProperty("k").GetDecimal());
        Assert.Equal("no", data[1].GetProperty("o").GetString());
        Assert.Equal(JsonValueKind.Null, data[1].GetProperty("k").ValueKind); // not known yet: the row shows "—" until a price comes
    }

    [Fact]
    public void Market_names_that_need_escaping_stay_valid_json()
    {
        var position = new BasketPositionView(Basket, "paper", 1, 1, 0, 0, 0, [Leg("kalshi:A\"B<script>", "Yes", 1, 1, 1)]);

        var json = LivePosition.Json(position);

        Assert.DoesNotContain("<script>", json);
        Assert.Equal("kalshi:A\"B<script>", JsonDocument.Parse(json).RootElement.GetProperty("legs")[0].GetProperty("m").GetString());
    }
}
