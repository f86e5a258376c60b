using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.Venues.IntegrationTests.Infrastructure;

/// <summary>
/// The exchange simulator on a real Kestrel socket (loopback, a free port), so the venue clients go through their
/// whole HttpClient stack — resilience pipeline, signing handlers, sockets — exactly as a service would.
/// Prices are frozen (no ticks) and the universe is fixed by the seed.
/// </summary>
public sealed class SimulatorHost : WebApplicationFactory<Program>
{
    public const ulong Seed = 20261126;
    public const int MarketCount = 1500;

    public SimulatorHost() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public RequestLog Requests { get; } = new();

    /// <summary>Starts the server and returns its root URL (<c>http://127.0.0.1:port</c>).</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = Seed.ToString(CultureInfo.InvariantCulture),
            ["Simulator:MarketCount"] = MarketCount.ToString(CultureInfo.InvariantCulture),
            ["Simulator:TickIntervalMs"] = "0",
        }));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RequestLog.StartupFilter(Requests)));
    }
}
