using System.Text.Json;
using Ito.Venues.Json;
using Ito.Venues.Kalshi.Models;

namespace Ito.Venues.Tests.Models;

/// <summary>No Kalshi capture is shipped: these bodies follow the documented schema (EXCHANGES.md A.4-A.6).</summary>
public class KalshiModelParsingTests
{
    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, VenueJson.Options)!;

    private const string CurrentMarket = """
        {"market":{"can_close_early":true,"close_time":"2025-12-10T19:00:00Z","created_time":"0001-01-01T00:00:00Z",
        "event_ticker":"KXFED-25DEC","expiration_value":"","last_price_dollars":"0.5600","latest_expiration_time":"2025-12-17T15:00:00Z",
        "liquidity_dollars":"0.0000","market_type":"binary","no_ask_dollars":"0.4500","no_bid_dollars":"0.4300","no_sub_title":"Not above 4.25%",
        "notional_value_dollars":"1.0000","open_interest_fp":"120345.00","open_time":"2025-10-01T14:00:00Z","previous_price_dollars":"0.5500",
        "previous_yes_ask_dollars":"0.5800","previous_yes_bid_dollars":"0.5400","price_level_structure":"tapered_deci_cent",
        "price_ranges":[{"end":"0.1000","start":"0.0000","step":"0.0010"},{"end":"0.9000","start":"0.1000","step":"0.0100"}],
        "result":"","rules_primary":"If the upper bound is above 4.25%...","rules_secondary":"","settlement_timer_seconds":300,
        "status":"active","ticker":"KXFED-25DEC-T4.25","updated_time":"2025-11-01T12:00:00Z","volume_24h_fp":"1500.50","volume_fp":"987654.25",
        "yes_ask_dollars":"0.5700","yes_ask_size_fp":"250.00","yes_bid_dollars":"0.5500","yes_bid_size_fp":"10.00","yes_sub_title":"Above 4.25%",
        "floor_strike":4.25,"strike_type":"greater","exchange_index":0,"some_future_field":{"x":1}}}
        """;

    [Fact]
    public void Market_with_only_dollar_and_fp_fields()
    {
        var market = Parse<KalshiMarketResponse>(CurrentMarket).Market;

        Assert.Equal("KXFED-25DEC-T4.25", market.Ticker);
        Assert.Equal("KXFED-25DEC", market.EventTicker);
        Assert.Equal(0.55m, market.YesBid);
        Assert.Equal(0.57m, market.YesAsk);
        Assert.Equal(0.43m, market.NoBid);
        Assert.Equal(0.56m, market.LastPrice);
        Assert.Equal(987654.25m, market.Volume);
        Assert.Equal(120345m, market.OpenInterest);
        Assert.Equal(10m, market.YesBidSizeFp);
        Assert.Equal(4.25m, market.FloorStrike);
        Assert.Equal(2, market.PriceRanges!.Count);
        Assert.Equal(0.001m, market.PriceRanges[0].Step);
        Assert.Equal(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero), market.CreatedTime);
        Assert.Null(market.LegacyYesBidCents);
    }

    [Fact]
    public void Market_with_legacy_integer_cent_fields_only()
    {
        const string legacy = """
            {"ticker":"HIGHNY-24JAN01-T60","event_ticker":"HIGHNY-24JAN01","status":"active","yes_bid":52,"yes_ask":53,"no_bid":47,
             "no_ask":48,"last_price":52,"volume":125000,"open_interest":50000,"liquidity":1234,"tick_size":1,"response_price_units":"usd_cent",
             "close_time":"2024-01-01T23:59:59Z","result":null}
            """;

        var market = Parse<KalshiMarket>(legacy);

        Assert.Equal(0.52m, market.YesBid);
        Assert.Equal(0.53m, market.YesAsk);
        Assert.Equal(0.48m, market.NoAsk);
        Assert.Equal(0.52m, market.LastPrice);
        Assert.Equal(125000m, market.Volume);
        Assert.Null(market.YesBidDollars);
        Assert.Null(market.Result);
    }

    [Fact]
    public void Orderbook_best_bids_are_last_and_yes_ask_is_the_no_complement()
    {
        const string json = """{"orderbook_fp":{"yes_dollars":[["0.4000","100.00"],["0.4500","20.00"]],"no_dollars":[["0.3000","5.00"],["0.5200","7.50"]]}}""";

        var book = Parse<KalshiOrderbookResponse>(json).Orderbook;

        Assert.Equal(new PriceLevel(0.45m, 20m), book.BestYesBid);
        Assert.Equal(new PriceLevel(0.52m, 7.5m), book.BestNoBid);
        Assert.Equal(new PriceLevel(0.48m, 7.5m), book.BestYesAsk);
    }

    [Fact]
    public void Empty_orderbook_has_no_best_prices()
    {
        var book = Parse<KalshiOrderbookResponse>("""{"orderbook_fp":{"yes_dollars":[],"no_dollars":null}}""").Orderbook;

        Assert.Null(book.BestYesBid);
        Assert.Null(book.BestYesAsk);
    }

    [Fact]
    public void Batch_candlesticks_with_null_trade_prices()
    {
        const string json = """
            {"markets":[{"market_ticker":"KXFED-25DEC-T4.25","candlesticks":[{"end_period_ts":1700000060,
             "yes_bid":{"open_dollars":"0.5000","low_dollars":"0.4900","high_dollars":"0.5100","close_dollars":"0.5000"},
             "yes_ask":{"open_dollars":"0.5200","low_dollars":"0.5100","high_dollars":"0.5300","close_dollars":"0.5200"},
             "price":{"open_dollars":null,"close_dollars":null,"previous_dollars":"0.5100"},"volume_fp":"0.00","open_interest_fp":"10.00"}]}]}
            """;

        var market = Assert.Single(Parse<KalshiBatchCandlesticksResponse>(json).Markets);
        var candle = Assert.Single(market.Candlesticks);

        Assert.Equal("KXFED-25DEC-T4.25", market.MarketTicker);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000060), candle.EndPeriod);
        Assert.Equal(0.5m, candle.YesBid!.Close);
        Assert.Null(candle.Price!.Close);
        Assert.Equal(0.51m, candle.Price.Previous);
    }

    [Fact]
    public void Positions_balance_and_create_order_response()
    {
        var positions = Parse<KalshiPositionsPage>("""
            {"market_positions":[{"ticker":"T","position_fp":"-5.00","market_exposure_dollars":"2.2500","realized_pnl_dollars":"0.1000",
            "fees_paid_dollars":"0.0200","total_traded_dollars":"2.2500"}],"event_positions":[],"cursor":""}
            """);
        var balance = Parse<KalshiBalance>("""{"balance":12345,"balance_dollars":"123.4500","portfolio_value":500,"updated_ts":1700000000}""");
        var created = Parse<KalshiCreateOrderResponse>("""{"order_id":"o-1","client_order_id":"c-1","fill_count":"0.00","remaining_count":"10.00","ts_ms":1700000000000}""");

        Assert.Equal(-5m, positions.MarketPositions[0].PositionFp);
        Assert.Equal("", positions.Cursor);
        Assert.Equal(123.45m, balance.Balance);
        Assert.Equal(10m, created.RemainingCount);
    }

    [Fact]
    public void Create_order_body_sends_count_and_price_as_strings()
    {
        var body = JsonSerializer.Serialize(new KalshiCreateOrderRequest
        {
            Ticker = "HIGHNY-24JAN01-T60",
            ClientOrderId = "8c35ecb3",
            Side = KalshiCreateOrderRequest.Bid,
            Count = 10.00m,
            Price = 0.5600m,
        }, VenueJson.Options);

        Assert.Equal("""{"ticker":"HIGHNY-24JAN01-T60","client_order_id":"8c35ecb3","side":"bid","count":"10.00","price":"0.5600","time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}""", body);
    }
}
