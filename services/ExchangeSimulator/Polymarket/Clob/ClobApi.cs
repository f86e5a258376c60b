using Ito.ExchangeSimulator.Auth;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>Polymarket CLOB (V2), mounted at <c>/polymarket/clob</c>.</summary>
internal static class ClobApi
{
    public const string BasePath = "/polymarket/clob";

    public static IEndpointRouteBuilder MapClobApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Polymarket CLOB");
        api.MapGet("/book", ClobMarketDataEndpoints.Book);
        api.MapPost("/books", ClobMarketDataEndpoints.Books);
        api.MapGet("/price", ClobMarketDataEndpoints.Price);
        api.MapGet("/midpoint", ClobMarketDataEndpoints.Midpoint);
        api.MapGet("/spread", ClobMarketDataEndpoints.Spread);
        api.MapGet("/last-trade-price", ClobMarketDataEndpoints.LastTradePrice);
        api.MapGet("/tick-size", ClobMarketDataEndpoints.TickSize);
        api.MapGet("/neg-risk", ClobMarketDataEndpoints.NegRisk);
        api.MapGet("/prices-history", ClobPriceHistory.Get);
        api.MapGet("/markets/{conditionId}", ClobMarketDataEndpoints.ClobMarket);
        api.MapGet("/clob-markets/{conditionId}", ClobMarketDataEndpoints.CompactMarket);
        api.MapGet("/time", ClobMarketDataEndpoints.Time);
        api.MapGet("/version", ClobMarketDataEndpoints.Version);

        api.MapPost("/auth/api-key", ClobAuthEndpoints.CreateApiKey);
        api.MapGet("/auth/derive-api-key", ClobAuthEndpoints.DeriveApiKey);

        var l2 = api.MapGroup("").AddEndpointFilter<PolymarketL2Filter>();
        l2.MapPost("/order", ClobAccountEndpoints.PostOrder);
        l2.MapDelete("/order", ClobAccountEndpoints.CancelOrder);
        l2.MapPost("/orders", ClobAccountEndpoints.PostOrders);
        l2.MapDelete("/orders", ClobAccountEndpoints.CancelOrders);
        l2.MapDelete("/cancel-all", ClobAccountEndpoints.CancelAll);
        l2.MapGet("/data/order/{orderId}", ClobAccountEndpoints.GetOrder);
        l2.MapGet("/data/orders", ClobAccountEndpoints.Orders);
        l2.MapGet("/data/trades", ClobAccountEndpoints.Trades);
        l2.MapGet("/balance-allowance", ClobAccountEndpoints.BalanceAllowance);
        return app;
    }
}
