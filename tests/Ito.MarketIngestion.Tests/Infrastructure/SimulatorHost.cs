extern alias simulator;

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using SimulatorProgram = simulator::Program;

namespace Ito.MarketIngestion.Tests.Infrastructure;

/// <summary>
/// The exchange simulator in-process, prices frozen unless a test ticks them, with helpers for its admin API
/// (universe size, churn, faults, fixtures).
/// </summary>
public sealed class SimulatorHost(ulong seed, int marketCount, IDictionary<string, string?>? extra = null) : WebApplicationFactory<SimulatorProgram>
{
    public ulong Seed => seed;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = seed.ToString(CultureInfo.InvariantCulture),
            ["Simulator:MarketCount"] = marketCount.ToString(CultureInfo.InvariantCulture),
            ["Simulator:TickIntervalMs"] = "0",
            ["Simulator:TickFraction"] = "0.5",
            ["Simulator:AnchorTime"] = "2026-11-26T00:00:00Z",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
    }

    public HttpMessageHandler CreateVenueHandler() => Server.CreateHandler();

    public async Task<JsonElement> UniverseAsync() => await GetJsonAsync("/admin/universe");

    public async Task<JsonElement> ChurnAsync(int add, int remove, string? venue) =>
        await PostJsonAsync("/admin/universe/churn", new { add, remove, venue });

    public async Task<JsonElement> AddFaultAsync(object rule) => await PostJsonAsync("/admin/faults", rule);

    public async Task ClearFaultsAsync()
    {
        using var client = CreateClient();
        (await client.DeleteAsync("/admin/faults")).EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> AddPolymarketFixtureAsync(object fixture) => await PostJsonAsync("/admin/polymarket/markets", fixture);

    public async Task TickAsync()
    {
        using var client = CreateClient();
        (await client.PostAsync("/admin/tick", null)).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = CreateClient();
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    private async Task<JsonElement> PostJsonAsync(string path, object body)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
