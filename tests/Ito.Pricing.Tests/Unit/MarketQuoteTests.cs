using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.Pricing.Prices;

namespace Ito.Pricing.Tests.Unit;

public sealed class MarketQuoteTests
{
    private static readonly MarketId Market = MarketId.Parse("kalshi:X-1");
    private static readonly DateTimeOffset At = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0.40, 0.50, 0.47, 0.45, 0.45)] // mid wins
    [InlineData(0.40, 0.50, 0.47, null, 0.47)] // else last
    [InlineData(0.40, 0.50, null, null, 0.45)] // else the middle of bid and ask
    public void The_yes_price_is_mid_then_last_then_bid_ask_middle(double? bid, double? ask, double? last, double? mid, double expected)
    {
        var quote = MarketQuote.From(new MarketPriceChanged(Market, (decimal?)bid, (decimal?)ask, (decimal?)last, (decimal?)mid, At));

        Assert.Equal((decimal)expected, quote!.Value.YesPrice);
        Assert.Equal(At, quote.Value.At);
    }

    [Fact]
    public void No_usable_price_gives_no_quote()
    {
        Assert.Null(MarketQuote.From(new MarketPriceChanged(Market, 0.4m, null, null, null, At)));
        Assert.Null(MarketQuote.From(new MarketPriceChanged(Market, null, null, 1.2m, null, At)));
    }
}
