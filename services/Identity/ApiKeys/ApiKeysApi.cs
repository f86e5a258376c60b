using Ito.Contracts.Identity;
using Ito.Identity.Data;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Identity.ApiKeys;

/// <summary>
/// A signed-in user's API keys. Only session users may manage keys: a key cannot mint or revoke keys. Another
/// user's key is a 404, never a 403, so ids reveal nothing.
/// </summary>
public static class ApiKeysApi
{
    public const string SessionUserPolicy = "session-user";
    private static readonly TimeSpan UsageWindow = TimeSpan.FromDays(7);

    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/internal/api-keys").WithTags("API keys").RequireAuthorization(SessionUserPolicy);
        keys.MapPost("/", CreateAsync).WithName("CreateApiKey").WithSummary("Create an API key; the full key is returned only in this response.");
        keys.MapGet("/", ListAsync).WithName("ListApiKeys").WithSummary("List your API keys (prefix, scopes, usage totals).");
        keys.MapGet("/{id:guid}", GetAsync).WithName("GetApiKey").WithSummary("One of your API keys.");
        keys.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeApiKey").WithSummary("Revoke an API key; the gateway stops accepting it within seconds.");
        keys.MapGet("/{id:guid}/usage", UsageAsync).WithName("GetApiKeyUsage").WithSummary("Requests per UTC hour over the last 7 days.");
        return app;
    }

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateAsync(
        CreateApiKeyRequest request, CurrentUser user, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var problems = ApiKeyRules.Problems(request, now);
        if (problems.Count > 0) return TypedResults.ValidationProblem(problems);

        var mode = request.Mode is null ? ApiKeyMode.Live : Enum.Parse<ApiKeyMode>(request.Mode, ignoreCase: true);
        var (key, secret) = ApiKey.Create(user.Id, request.Name!.Trim(), request.Scopes!, mode,
            request.RateLimitPerHour ?? ApiKey.DefaultRateLimitPerHour, request.ExpiresAt?.ToUniversalTime(), now);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/internal/api-keys/{key.Id}", new CreatedApiKey(ApiKeySummary.From(key), secret));
    }

    private static async Task<Ok<ApiKeySummary[]>> ListAsync(CurrentUser user, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.UserId == user.Id).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys.Select(ApiKeySummary.From).ToArray());
    }

    private static async Task<Results<Ok<ApiKeySummary>, NotFound>> GetAsync(Guid id, CurrentUser user, IdentityDbContext db, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id && k.UserId == user.Id, cancellationToken) is { } key
            ? TypedResults.Ok(ApiKeySummary.From(key))
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(
        Guid id, CurrentUser user, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.UserId == user.Id, cancellationToken);
        if (key is null) return TypedResults.NotFound();

        var now = clock.GetUtcNow();
        if (key.Revoke(now))
        {
            db.AddIntegrationEvent(new ApiKeyRevoked(key.Id, key.KeyHash, now));
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ApiKeyUsageHistory>, NotFound>> UsageAsync(
        Guid id, CurrentUser user, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.ApiKeys.AnyAsync(k => k.Id == id && k.UserId == user.Id, cancellationToken)) return TypedResults.NotFound();

        var now = clock.GetUtcNow();
        var currentHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var firstHour = currentHour - UsageWindow + TimeSpan.FromHours(1);
        var counted = await db.ApiKeyUsage.AsNoTracking()
            .Where(u => u.ApiKeyId == id && u.HourStart >= firstHour)
            .ToDictionaryAsync(u => u.HourStart, u => u.Requests, cancellationToken);

        var hours = Enumerable.Range(0, (int)UsageWindow.TotalHours)
            .Select(i => firstHour + TimeSpan.FromHours(i))
            .Select(hour => new HourlyUsage(hour, counted.GetValueOrDefault(hour)))
            .ToArray();
        return TypedResults.Ok(new ApiKeyUsageHistory(id, hours));
    }
}
