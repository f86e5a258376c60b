using Ito.Contracts;
using Ito.Trading.Execution;
using Ito.Venues;
using Ito.Venues.Kalshi.Models;

namespace Ito.Trading.Tests.Unit;

public sealed class KalshiOutcomeBookTests
{
    // Bids only, best LAST (Kalshi's order).
    private static readonly KalshiOrderbook Book = new()
    {
        YesBids = [new PriceLevel(0.40m, 30m), new PriceLevel(0.42m, 10m)],
        NoBids = [new PriceLevel(0.50m, 20m), new PriceLevel(0.55m, 5m)],
    };

    [Fact]
    public void Yes_asks_are_the_complemented_no_bids_best_first()
    {
        var asks = KalshiOutcomeBook.AsksFor(Book, Side.Yes);

        Assert.Equal([new PriceLevel(0.45m, 5m), new PriceLevel(0.50m, 20m)], asks);
    }

    [Fact]
    public void No_asks_are_the_complemented_yes_bids_best_first()
    {
        var asks = KalshiOutcomeBook.AsksFor(Book, Side.No);

        Assert.Equal([new PriceLevel(0.58m, 10m), new PriceLevel(0.60m, 30m)], asks);
    }

    [Theory]
    [InlineData(Side.Yes, true, 0.45, "bid", 0.45)]
    [InlineData(Side.No, true, 0.58, "ask", 0.42)]
    [InlineData(Side.Yes, false, 0.40, "ask", 0.40)]
    [InlineData(Side.No, false, 0.30, "bid", 0.70)]
    public void V2_orders_are_quoted_from_the_yes_side(Side outcome, bool buying, decimal price, string bookSide, decimal yesPrice)
    {
        var order = KalshiOutcomeBook.OrderFor(outcome, buying, price);

        Assert.Equal(bookSide, order.BookSide);
        Assert.Equal(yesPrice, order.YesPrice);
    }

    [Fact]
    public void The_no_grid_is_the_yes_grid_seen_from_the_other_side()
    {
        var ranges = new List<KalshiPriceRange>
        {
            new() { Start = 0m, End = 0.10m, Step = 0.001m },
            new() { Start = 0.10m, End = 0.90m, Step = 0.01m },
            new() { Start = 0.90m, End = 1m, Step = 0.001m },
        };

        var no = KalshiOutcomeBook.GridFor(ranges, Side.No);

        Assert.Equal(0.001m, no.Min);
        Assert.Equal(0.999m, no.Max);
        Assert.Equal(0.953m, no.FloorToGrid(0.9535m));
        Assert.Equal(0.55m, no.FloorToGrid(0.555m));
    }
}
