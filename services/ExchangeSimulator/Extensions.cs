using Ito.ExchangeSimulator.Admin;
using Ito.ExchangeSimulator.Auth;
using Ito.ExchangeSimulator.Faults;
using Ito.ExchangeSimulator.Kalshi;
using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Polymarket.Clob;
using Ito.ExchangeSimulator.Polymarket.Data;
using Ito.ExchangeSimulator.Polymarket.Gamma;
using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator;

/// <summary>Service registration and the route table of the simulator.</summary>
internal static class Extensions
{
    public static IHostApplicationBuilder AddExchangeSimulator(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SimulatorOptions>(builder.Configuration.GetSection(SimulatorOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarketUniverse>();
        services.AddSingleton<TradeTape>();
        services.AddSingleton<OrderBooks>();
        services.AddSingleton<PriceTicker>();
        services.AddHostedService(sp => sp.GetRequiredService<PriceTicker>());
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<KalshiKeyStore>();
        services.AddSingleton<KalshiMapper>();
        services.AddSingleton<KalshiAccounts>();
        services.AddSingleton<KalshiTrading>();
        services.AddSingleton<GammaMapper>();
        services.AddSingleton<ClobBooks>();
        services.AddSingleton<PolymarketCredentials>();
        services.AddSingleton<PolymarketAccounts>();
        services.AddSingleton<ClobTrading>();
        services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapExchangeSimulator(this WebApplication app)
    {
        // Build the universe at start-up rather than on the first request a client times.
        _ = app.Services.GetRequiredService<MarketUniverse>();
        app.UseMiddleware<FaultMiddleware>();
        app.MapOpenApi();
        app.MapKalshiApi();
        app.MapGammaApi();
        app.MapClobApi();
        app.MapPolymarketDataApi();
        app.MapAdminApi();
        return app;
    }
}
