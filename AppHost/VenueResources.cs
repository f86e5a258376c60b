using Ito.Contracts;

namespace Ito.AppHost;

/// <summary>Where services find the venues: the exchange simulator (the default) or the real Kalshi and Polymarket.</summary>
internal sealed record VenueEndpoints(bool UseSimulator, IResourceBuilder<ProjectResource>? Simulator, PaperAccounts? Paper);

internal static class VenueResources
{
    /// <summary>
    /// <c>Venues:Mode</c> = simulator (default) | real. With real venues the services use the venues' public URLs and
    /// the credentials given to them through configuration or user secrets (see README.md); nothing is faked.
    /// </summary>
    public static VenueEndpoints AddVenues(this IDistributedApplicationBuilder builder)
    {
        var mode = builder.Configuration["Venues:Mode"]?.Trim().ToLowerInvariant() ?? "simulator";
        if (mode is not ("simulator" or "real"))
        {
            throw new InvalidOperationException($"Venues:Mode must be simulator or real, not '{mode}'.");
        }
        Console.WriteLine($"[ito] venues: {(mode == "real" ? "real Kalshi and Polymarket" : "exchange simulator")}");
        if (mode == "real")
        {
            return new VenueEndpoints(false, null, null);
        }

        var paper = PaperAccounts.Generate();
        var simulator = builder.AddProject<Projects.Ito_ExchangeSimulator>(ServiceNames.ExchangeSimulator)
            .WithHttpHealthCheck("/health")
            .WithEnvironment($"Simulator__Kalshi__ApiKeys__{paper.KalshiKeyId}", paper.KalshiPublicKeyPem)
            .WithEnvironment($"Simulator__Polymarket__ApiKeys__{paper.PolymarketApiKey}__Address", paper.PolymarketAddress)
            .WithEnvironment($"Simulator__Polymarket__ApiKeys__{paper.PolymarketApiKey}__Secret", paper.PolymarketApiSecret)
            .WithEnvironment($"Simulator__Polymarket__ApiKeys__{paper.PolymarketApiKey}__Passphrase", paper.PolymarketApiPassphrase);
        return new VenueEndpoints(true, simulator, paper);
    }

    /// <summary>Paper trading: the simulator as venue, with the platform's paper accounts there.</summary>
    public static IResourceBuilder<ProjectResource> WithPaperTrading(this IResourceBuilder<ProjectResource> trading, VenueEndpoints venues)
    {
        if (venues is not { Simulator: { } simulator, Paper: { } paper })
        {
            return trading;
        }

        var endpoint = simulator.GetEndpoint("http");
        return trading
            .WithEnvironment("Trading__Paper__KalshiBaseUrl", ReferenceExpression.Create($"{endpoint}/kalshi/trade-api/v2"))
            .WithEnvironment("Trading__Paper__PolymarketClobBaseUrl", ReferenceExpression.Create($"{endpoint}/polymarket/clob"))
            .WithEnvironment("Trading__Paper__KalshiKeyId", paper.KalshiKeyId)
            .WithEnvironment("Trading__Paper__KalshiPrivateKeyPem", paper.KalshiPrivateKeyPem)
            .WithEnvironment("Trading__Paper__PolymarketPrivateKey", paper.PolymarketPrivateKey)
            .WithEnvironment("Trading__Paper__PolymarketApiKey", paper.PolymarketApiKey)
            .WithEnvironment("Trading__Paper__PolymarketApiSecret", paper.PolymarketApiSecret)
            .WithEnvironment("Trading__Paper__PolymarketApiPassphrase", paper.PolymarketApiPassphrase);
    }

    public static IResourceBuilder<ProjectResource> WithVenues(this IResourceBuilder<ProjectResource> service, VenueEndpoints venues)
    {
        if (venues.Simulator is not { } simulator)
        {
            return service;
        }

        var endpoint = simulator.GetEndpoint("http");
        return service
            .WithEnvironment("Venues__Kalshi__BaseUrl", ReferenceExpression.Create($"{endpoint}/kalshi/trade-api/v2"))
            .WithEnvironment("Venues__Polymarket__GammaBaseUrl", ReferenceExpression.Create($"{endpoint}/polymarket/gamma"))
            .WithEnvironment("Venues__Polymarket__ClobBaseUrl", ReferenceExpression.Create($"{endpoint}/polymarket/clob"))
            .WithEnvironment("Venues__Polymarket__DataBaseUrl", ReferenceExpression.Create($"{endpoint}/polymarket/data"))
            .WaitFor(simulator);
    }
}
