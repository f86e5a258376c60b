using System.Security.Cryptography;
using Ito.ExchangeSimulator.Auth;
using Ito.ExchangeSimulator.Faults;
using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Admin;

/// <summary>Test and benchmark controls under <c>/admin</c>: faults, universe growth and churn, credentials, fixtures.</summary>
internal static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").WithTags("Simulator admin");

        admin.MapGet("/faults", (FaultInjector faults) => Results.Json(new { rules = faults.Rules }));
        admin.MapPost("/faults", (FaultRule rule, FaultInjector faults) => Results.Json(faults.Add(rule), statusCode: StatusCodes.Status201Created));
        admin.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });

        admin.MapGet("/universe", (MarketUniverse universe) => Results.Json(Summary(universe)));
        admin.MapPost("/universe/grow", (GrowRequest request, MarketUniverse universe) =>
        {
            if (request.MarketCount <= 0) return Results.Problem(statusCode: 400, title: "marketCount must be positive");
            var added = universe.Grow(request.MarketCount);
            return Results.Json(new { added, universe = Summary(universe) });
        });
        admin.MapPost("/universe/churn", (ChurnRequest request, MarketUniverse universe) =>
        {
            if (request.Add < 0 || request.Remove < 0) return Results.Problem(statusCode: 400, title: "add and remove must not be negative");
            Venue? venue = request.Venue?.ToLowerInvariant() switch
            {
                "kalshi" => Venue.Kalshi,
                "polymarket" => Venue.Polymarket,
                null or "" => null,
                _ => (Venue)(-1),
            };
            if (venue == (Venue)(-1)) return Results.Problem(statusCode: 400, title: "venue must be kalshi or polymarket");
            var (added, removed) = universe.Churn(request.Add, request.Remove, venue);
            return Results.Json(new
            {
                added = added.Select(Describe),
                removed = removed.Select(Describe),
                universe = Summary(universe),
            });
        });
        admin.MapPost("/tick", (PriceTicker ticker) =>
        {
            ticker.Tick();
            return Results.NoContent();
        });

        admin.MapPost("/kalshi/api-keys", (KalshiKeyRequest request, KalshiKeyStore keys) =>
        {
            try
            {
                keys.Register(request.KeyId, request.PublicKeyPem);
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException)
            {
                return Results.Problem(statusCode: 400, title: "publicKeyPem is not an RSA key in PEM form");
            }
            return Results.Json(new { keyId = request.KeyId }, statusCode: StatusCodes.Status201Created);
        });
        admin.MapPost("/polymarket/api-keys", (PolyKeyRequest request, PolymarketCredentials credentials) =>
        {
            if (!Eip712.IsAddress(request.Address)) return Results.Problem(statusCode: 400, title: "address must be a 0x-prefixed 20-byte hex address");
            var key = request.ApiKey is { Length: > 0 } && request.Secret is { Length: > 0 } && request.Passphrase is { Length: > 0 }
                ? new PolyApiKey(request.ApiKey, request.Address, request.Secret, request.Passphrase)
                : credentials.Derive(request.Address, "0");
            credentials.Register(key);
            return Results.Json(new { apiKey = key.ApiKey, secret = key.Secret, passphrase = key.Passphrase, address = key.Address },
                statusCode: StatusCodes.Status201Created);
        });
        admin.MapPost("/polymarket/markets", (PolyFixtureRequest request, MarketUniverse universe) =>
        {
            if (request.YesTokenId is { } yes && universe.ByToken(yes) is not null) return Results.Problem(statusCode: 409, title: "token already listed");
            var tick = request.TickSize ?? 0.01m;
            var market = universe.AddPolymarketFixture(g => g.Fixture(request.Question ?? "Simulator fixture market?", request.YesTokenId,
                request.NoTokenId, request.ConditionId, tick, request.NegRisk ?? false, request.Price ?? 0.5m));
            return Results.Json(Describe(market), statusCode: StatusCodes.Status201Created);
        });
        return app;
    }

    private static object Summary(MarketUniverse universe) => new
    {
        seed = universe.Seed,
        marketCount = universe.Count,
        kalshiMarkets = universe.KalshiMarkets.Length,
        polymarketMarkets = universe.PolymarketMarkets.Length,
        kalshiEvents = universe.KalshiEvents.Length,
        polymarketEvents = universe.PolymarketEvents.Length,
        anchor = universe.Anchor,
    };

    private static object Describe(SimMarket m) => new
    {
        venue = m.Venue == Venue.Kalshi ? "kalshi" : "polymarket",
        id = m.Id,
        eventId = m.Event.Id,
        conditionId = m.Venue == Venue.Polymarket ? m.ConditionId : null,
        yesTokenId = m.Venue == Venue.Polymarket ? m.YesTokenId : null,
        noTokenId = m.Venue == Venue.Polymarket ? m.NoTokenId : null,
    };

    internal sealed record GrowRequest(int MarketCount);
    internal sealed record ChurnRequest(int Add, int Remove, string? Venue);
    internal sealed record KalshiKeyRequest(string KeyId, string PublicKeyPem);
    internal sealed record PolyKeyRequest(string Address, string? ApiKey, string? Secret, string? Passphrase);
    internal sealed record PolyFixtureRequest(string? YesTokenId, string? NoTokenId, string? ConditionId, string? Question, decimal? TickSize, bool? NegRisk, decimal? Price);
}
