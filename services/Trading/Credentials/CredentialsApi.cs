using Ito.Contracts;
using Ito.ServiceDefaults.Auth;
using Ito.Trading.Data;
using Ito.Venues.Signing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Credentials;

/// <summary>
/// Body of <c>PUT /api/internal/venue-credentials/{venue}</c>. Kalshi: <c>keyId</c> + <c>privateKeyPem</c>, with
/// <c>environment</c> demo | live (default live). Polymarket: <c>privateKey</c>, <c>apiKey</c>, <c>apiSecret</c>,
/// <c>apiPassphrase</c>, optional <c>funderAddress</c> and <c>signatureType</c> (eoa | poly-proxy | gnosis-safe).
/// </summary>
public sealed record VenueCredentialsRequest(
    string? Environment, string? KeyId, string? PrivateKeyPem, string? PrivateKey, string? FunderAddress, string? SignatureType,
    string? ApiKey, string? ApiSecret, string? ApiPassphrase);

public sealed record CredentialStatus(string Venue, string Environment, bool Set, string Hint, DateTimeOffset UpdatedAt);

public sealed record CredentialsOverview(bool DemoMode, IReadOnlyList<CredentialStatus> Credentials);

public sealed record DemoModeRequest(bool? Enabled);

/// <summary>
/// Users' venue keys: write-only. They are encrypted at rest with Data Protection; reads show only that a key is
/// set and its last 4 characters of the (public) key id or API key. Request bodies are never logged.
/// </summary>
public static class CredentialsApi
{
    public static IEndpointRouteBuilder MapCredentialsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/internal/venue-credentials").WithTags("Venue credentials");
        var write = Policies.Scope(Scopes.TradesWrite);
        api.MapGet("/", OverviewAsync).RequireAuthorization(Policies.Authenticated).WithName("GetVenueCredentials")
            .WithSummary("Which venue credentials are set (\"set\" and the last 4 characters only) and whether demo mode is on.");
        api.MapPut("/demo-mode", SetDemoModeAsync).RequireAuthorization(write).WithName("SetDemoMode")
            .ProducesValidationProblem().WithSummary("Turns demo mode on or off; live orders are refused while it is on. Body: {\"enabled\":false}");
        api.MapPut("/{venue}", PutAsync).RequireAuthorization(write).WithName("PutVenueCredentials")
            .ProducesValidationProblem().WithSummary("Stores (replaces) the caller's credentials for kalshi or polymarket, encrypted; never returned.");
        api.MapDelete("/{venue}", DeleteAsync).RequireAuthorization(write).WithName("DeleteVenueCredentials")
            .ProducesValidationProblem().WithSummary("Forgets the caller's credentials for a venue (environment=demo|live, default live).");
        return api;
    }

    private static async Task<Ok<CredentialsOverview>> OverviewAsync(TradingDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await OverviewOfAsync(db, user.Id, cancellationToken));

    private static async Task<CredentialsOverview> OverviewOfAsync(TradingDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var account = await db.TradingAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        // Only the columns that are safe to show are read: the encrypted payload never leaves the database here.
        var stored = await db.VenueCredentials.AsNoTracking().Where(c => c.UserId == userId)
            .Select(c => new { c.Venue, c.Environment, c.Hint, c.UpdatedAt }).ToListAsync(cancellationToken);
        return new CredentialsOverview(account?.DemoMode ?? true, stored.Select(c => new CredentialStatus(
            MarketId.VenueName(c.Venue), c.Environment.ToString().ToLowerInvariant(), true, "…" + c.Hint, c.UpdatedAt)).ToList());
    }

    private static async Task<Results<Ok<CredentialsOverview>, ValidationProblem>> SetDemoModeAsync(
        DemoModeRequest? request, TradingDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (request?.Enabled is not { } enabled)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["enabled"] = ["enabled (true or false) is required."] });
        var account = await db.TradingAccounts.SingleOrDefaultAsync(a => a.UserId == user.Id, cancellationToken);
        if (account is null)
        {
            account = new TradingAccount(user.Id);
            db.TradingAccounts.Add(account);
        }

        account.SetDemoMode(enabled);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await OverviewOfAsync(db, user.Id, cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem>> PutAsync(
        string venue, VenueCredentialsRequest? request, TradingDbContext db, CredentialVault vault, CurrentUser user, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TryVenue(venue, out var parsedVenue)) errors["venue"] = ["venue must be kalshi or polymarket."];
        if (request is null) errors["body"] = ["A JSON body is required."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var environment = ReadEnvironment(request!.Environment, parsedVenue, errors);
        var (payload, hint) = parsedVenue == Venue.Kalshi ? ReadKalshi(request, vault, errors) : ReadPolymarket(request, vault, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var stored = await db.VenueCredentials.SingleOrDefaultAsync(
            c => c.UserId == user.Id && c.Venue == parsedVenue && c.Environment == environment, cancellationToken);
        if (stored is null)
        {
            stored = new VenueCredential(user.Id, parsedVenue, environment);
            db.VenueCredentials.Add(stored);
        }

        stored.Replace(payload!, hint!, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem>> DeleteAsync(
        string venue, string? environment, TradingDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TryVenue(venue, out var parsedVenue)) errors["venue"] = ["venue must be kalshi or polymarket."];
        var env = ReadEnvironment(environment, parsedVenue, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        await db.VenueCredentials.Where(c => c.UserId == user.Id && c.Venue == parsedVenue && c.Environment == env).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static (string? Payload, string? Hint) ReadKalshi(VenueCredentialsRequest r, CredentialVault vault, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(r.KeyId) || r.KeyId.Length > 100) errors["keyId"] = ["keyId (the Kalshi API key id) is required."];
        if (string.IsNullOrWhiteSpace(r.PrivateKeyPem) || r.PrivateKeyPem.Length > 10_000) errors["privateKeyPem"] = ["privateKeyPem (an RSA private key, PEM) is required."];
        else
        {
            try
            {
                using var probe = new KalshiRequestSigner(r.KeyId ?? "probe", r.PrivateKeyPem);
            }
            catch (Exception e) when (e is ArgumentException or System.Security.Cryptography.CryptographicException)
            {
                errors["privateKeyPem"] = ["privateKeyPem is not a readable RSA private key (PKCS#1 or PKCS#8 PEM)."];
            }
        }

        return errors.Count > 0 ? (null, null) : (vault.Protect(new KalshiSecrets(r.KeyId!.Trim(), r.PrivateKeyPem!)), KalshiSecrets.Last4(r.KeyId.Trim()));
    }

    private static (string? Payload, string? Hint) ReadPolymarket(VenueCredentialsRequest r, CredentialVault vault, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(r.PrivateKey)) errors["privateKey"] = ["privateKey (the wallet's hex key) is required."];
        else
        {
            try
            {
                _ = new PolymarketOrderSigner(r.PrivateKey).Address;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                errors["privateKey"] = ["privateKey is not a hex secp256k1 private key."];
            }
        }

        if (string.IsNullOrWhiteSpace(r.ApiKey)) errors["apiKey"] = ["apiKey is required."];
        if (string.IsNullOrWhiteSpace(r.ApiSecret)) errors["apiSecret"] = ["apiSecret is required."];
        if (string.IsNullOrWhiteSpace(r.ApiPassphrase)) errors["apiPassphrase"] = ["apiPassphrase is required."];
        var signatureType = r.SignatureType?.ToLowerInvariant() switch
        {
            null or "eoa" => PolymarketSignatureType.Eoa,
            "poly-proxy" => PolymarketSignatureType.PolyProxy,
            "gnosis-safe" => PolymarketSignatureType.GnosisSafe,
            _ => (PolymarketSignatureType?)null,
        };
        if (signatureType is null) errors["signatureType"] = ["signatureType must be eoa, poly-proxy or gnosis-safe."];
        if (r.FunderAddress is { } funder && !System.Text.RegularExpressions.Regex.IsMatch(funder, "^0x[0-9a-fA-F]{40}$"))
            errors["funderAddress"] = ["funderAddress must be a 0x-prefixed 20-byte hex address."];
        return errors.Count > 0
            ? (null, null)
            : (vault.Protect(new PolymarketSecrets(r.PrivateKey!, r.FunderAddress, signatureType!.Value, r.ApiKey!, r.ApiSecret!, r.ApiPassphrase!)),
                KalshiSecrets.Last4(r.ApiKey!));
    }

    private static VenueEnvironment ReadEnvironment(string? text, Venue venue, Dictionary<string, string[]> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "live":
                return VenueEnvironment.Live;
            case "demo" when venue == Venue.Kalshi:
                return VenueEnvironment.Demo;
            default:
                errors["environment"] = [venue == Venue.Kalshi ? "environment must be demo or live." : "Polymarket has only live credentials."];
                return VenueEnvironment.Live;
        }
    }

    private static bool TryVenue(string venue, out Venue parsed)
    {
        parsed = venue.ToLowerInvariant() switch { "kalshi" => Venue.Kalshi, "polymarket" => Venue.Polymarket, _ => (Venue)(-1) };
        return Enum.IsDefined(parsed);
    }
}
