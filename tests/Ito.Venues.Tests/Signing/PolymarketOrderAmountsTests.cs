using System.Globalization;
using Ito.Venues.Signing;
using Ito.Venues.Tests.Support;

namespace Ito.Venues.Tests.Signing;

public class PolymarketOrderAmountsTests
{
    [Theory] // VECTORS.md §5, py-clob-client limit-order table (same rounding in V2)
    [InlineData("BUY", "0.5", "21.04", "0.1", 10520000, 21040000)]
    [InlineData("BUY", "0.56", "21.04", "0.01", 11782400, 21040000)]
    [InlineData("BUY", "0.056", "21.04", "0.001", 1178240, 21040000)]
    [InlineData("BUY", "0.0056", "21.04", "0.0001", 117824, 21040000)]
    [InlineData("SELL", "0.5", "21.04", "0.1", 21040000, 10520000)]
    [InlineData("SELL", "0.56", "21.04", "0.01", 21040000, 11782400)]
    [InlineData("SELL", "0.056", "21.04", "0.001", 21040000, 1178240)]
    [InlineData("SELL", "0.0056", "21.04", "0.0001", 21040000, 117824)]
    [InlineData("BUY", "0.24", "15", "0.01", 3600000, 15000000)]
    [InlineData("SELL", "0.24", "15", "0.01", 15000000, 3600000)]
    [InlineData("BUY", "0.82", "101", "0.01", 82820000, 101000000)]
    [InlineData("BUY", "0.78", "12.8205", "0.01", 9999600, 12820000)]
    [InlineData("SELL", "0.78", "12.8205", "0.01", 12820000, 9999600)]
    [InlineData("SELL", "0.39", "2435.89", "0.01", 2435890000, 949997100)]
    [InlineData("SELL", "0.43", "19.1", "0.01", 19100000, 8213000)]
    [InlineData("BUY", "0.58", "18233.33", "0.01", 10575331400, 18233330000)]
    [InlineData("BUY", "0.999", "1.5", "0.01", 1500000, 1500000)]
    [InlineData("BUY", "0.52", "0.01", "0.01", 5200, 10000)]
    [InlineData("SELL", "0.52", "0.01", "0.01", 10000, 5200)]
    public void Limit_orders_match_the_sdk_table(string side, string price, string size, string tick, long maker, long taker)
    {
        var amounts = PolymarketOrderAmounts.Limit(Side(side), D(price), D(size), D(tick));

        Assert.Equal(maker, (long)amounts.MakerAmount);
        Assert.Equal(taker, (long)amounts.TakerAmount);
    }

    [Theory] // VECTORS.md §5, V2 market orders (price rounded DOWN)
    [InlineData("BUY", "100", "0.52", "0.1", 100000000, 200000000)]
    [InlineData("BUY", "1", "0.9999", "0.1", 1000000, 1111000)]
    [InlineData("SELL", "7.77", "0.6667", "0.1", 7770000, 4662000)]
    [InlineData("BUY", "100", "0.52", "0.01", 100000000, 192307600)]
    public void Market_orders_match_the_sdk_table(string side, string amount, string price, string tick, long maker, long taker)
    {
        var amounts = PolymarketOrderAmounts.Market(Side(side), D(amount), D(price), D(tick));

        Assert.Equal(maker, (long)amounts.MakerAmount);
        Assert.Equal(taker, (long)amounts.TakerAmount);
    }

    [Fact] // VECTORS.md §5: the 2,520 generated limit-order cases
    public void All_2520_limit_order_vectors_match()
    {
        var cases = SharedFiles.Vectors.GetProperty("amounts").EnumerateArray().ToList();
        Assert.Equal(2520, cases.Count);
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var amounts = PolymarketOrderAmounts.Limit(Side(c.GetProperty("side").GetString()!), Dec(c, "price"), Dec(c, "size"), Dec(c, "tickSize"));
            if (amounts.MakerAmount.ToString(CultureInfo.InvariantCulture) != c.GetProperty("makerAmount").GetString()
                || amounts.TakerAmount.ToString(CultureInfo.InvariantCulture) != c.GetProperty("takerAmount").GetString()
                || amounts.RawMaker != Dec(c, "rawMaker") || amounts.RawTaker != Dec(c, "rawTaker"))
            {
                failures.Add($"{c}: got {amounts}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mismatches, first: {failures.FirstOrDefault()}");
    }

    [Fact] // VECTORS.md §5: the 36 generated market-order cases
    public void All_36_market_order_vectors_match()
    {
        var cases = SharedFiles.Vectors.GetProperty("marketOrders").EnumerateArray().ToList();
        Assert.Equal(36, cases.Count);
        foreach (var c in cases)
        {
            var amounts = PolymarketOrderAmounts.Market(Side(c.GetProperty("side").GetString()!), Dec(c, "amount"), Dec(c, "price"), Dec(c, "tickSize"));
            Assert.Equal(c.GetProperty("makerAmount").GetString(), amounts.MakerAmount.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(c.GetProperty("takerAmount").GetString(), amounts.TakerAmount.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(Dec(c, "rawTaker"), amounts.RawTaker);
        }
    }

    [Fact]
    public void Rounding_config_matches_the_vector_file_for_every_tick()
    {
        foreach (var tick in SharedFiles.Vectors.GetProperty("roundingConfig").EnumerateObject())
        {
            var rc = PolymarketRoundingConfig.ForTickSize(D(tick.Name));
            Assert.Equal(tick.Value.GetProperty("price").GetInt32(), rc.Price);
            Assert.Equal(tick.Value.GetProperty("size").GetInt32(), rc.Size);
            Assert.Equal(tick.Value.GetProperty("amount").GetInt32(), rc.Amount);
        }
    }

    [Fact]
    public void Unknown_tick_size_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PolymarketOrderAmounts.Limit(PolymarketOrderSide.Buy, 0.5m, 1, 0.02m));
    }

    private static PolymarketOrderSide Side(string side) => side == "BUY" ? PolymarketOrderSide.Buy : PolymarketOrderSide.Sell;

    private static decimal D(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal Dec(System.Text.Json.JsonElement element, string name) => D(element.GetProperty(name).GetString()!);
}
