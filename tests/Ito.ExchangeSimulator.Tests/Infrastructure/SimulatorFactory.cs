using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Ito.ExchangeSimulator.Tests.Infrastructure;

/// <summary>
/// The simulator in-process with frozen prices (ticks off) so responses are comparable; extra settings per test
/// class via <see cref="Settings"/>.
/// </summary>
public class SimulatorFactory : WebApplicationFactory<Program>
{
    public const ulong DefaultSeed = 424242;

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = DefaultSeed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Simulator:MarketCount"] = "5000",
            ["Simulator:TickIntervalMs"] = "0",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
    }
}

/// <summary>A factory with explicit settings, for tests that need their own universe.</summary>
public sealed class ConfiguredSimulatorFactory(IDictionary<string, string?> settings) : SimulatorFactory
{
    protected override IDictionary<string, string?> Settings => settings;
}
