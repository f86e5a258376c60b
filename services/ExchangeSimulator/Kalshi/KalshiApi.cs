using Ito.ExchangeSimulator.Auth;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>Kalshi Trade API v2, mounted at <c>/kalshi/trade-api/v2</c> (paths and JSON as on the venue).</summary>
internal static class KalshiApi
{
    public const string BasePath = "/kalshi/trade-api/v2";

    public static IEndpointRouteBuilder MapKalshiApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Kalshi");
        api.MapGet("/exchange/status", KalshiMarketEndpoints.ExchangeStatus);
        api.MapGet("/markets", KalshiMarketEndpoints.ListMarkets);
        api.MapGet("/markets/trades", KalshiMarketEndpoints.Trades);
        api.MapGet("/markets/orderbooks", KalshiMarketEndpoints.Orderbooks);
        api.MapGet("/markets/candlesticks", KalshiCandlesticks.Batch);
        api.MapGet("/markets/{ticker}", KalshiMarketEndpoints.GetMarket);
        api.MapGet("/markets/{ticker}/orderbook", KalshiMarketEndpoints.Orderbook);
        api.MapGet("/series", KalshiEventEndpoints.ListSeries);
        api.MapGet("/series/{seriesTicker}", KalshiEventEndpoints.GetSeries);
        api.MapGet("/series/{seriesTicker}/markets/{ticker}/candlesticks", KalshiCandlesticks.Single);
        api.MapGet("/events", KalshiEventEndpoints.ListEvents);
        api.MapGet("/events/{eventTicker}", KalshiEventEndpoints.GetEvent);

        var portfolio = api.MapGroup("/portfolio").AddEndpointFilter<KalshiAuthFilter>();
        portfolio.MapPost("/events/orders", KalshiPortfolioEndpoints.CreateOrder);
        portfolio.MapDelete("/events/orders/{orderId}", KalshiPortfolioEndpoints.CancelOrder);
        portfolio.MapPost("/orders", KalshiPortfolioEndpoints.LegacyCreateOrder);
        portfolio.MapGet("/orders", KalshiPortfolioEndpoints.Orders);
        portfolio.MapGet("/orders/{orderId}", KalshiPortfolioEndpoints.GetOrder);
        portfolio.MapGet("/fills", KalshiPortfolioEndpoints.Fills);
        portfolio.MapGet("/positions", KalshiPortfolioEndpoints.Positions);
        portfolio.MapGet("/balance", KalshiPortfolioEndpoints.Balance);
        return app;
    }
}
