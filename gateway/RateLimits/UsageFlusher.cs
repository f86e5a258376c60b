using System.Globalization;
using Ito.Contracts.Identity;
using Ito.Gateway.Auth;
using Microsoft.Extensions.Options;
using Polly;
using StackExchange.Redis;

namespace Ito.Gateway.RateLimits;

/// <summary>
/// Moves per-key hourly request counts (this instance's in-memory ones first, see <see cref="UsageCounter"/>) from
/// Redis to identity, which keeps 7 days of them. The pending hash is renamed atomically before reading, so several
/// gateway instances never flush the same counts twice; counts that identity did not accept are added back for the
/// next round.
/// </summary>
public sealed class UsageFlusher(
    IConnectionMultiplexer redis, UsageCounter usage, IServiceScopeFactory scopes, IOptions<GatewayOptions> options, ILogger<UsageFlusher> logger)
    : BackgroundService
{
    private const string TakeScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('RENAME', KEYS[1], KEYS[2])
        return 1
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.UsageFlushInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or HttpRequestException or ExecutionRejectedException)
            {
                logger.LogWarning(exception, "Flushing API key usage failed; will retry");
            }
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await usage.MoveToRedisAsync();
        var database = redis.GetDatabase();
        RedisKey taken = $"{usage.RedisKey}:flushing:{Guid.NewGuid():N}";
        if ((int)await database.ScriptEvaluateAsync(TakeScript, [usage.RedisKey, taken]) == 0) return;

        var entries = await database.HashGetAllAsync(taken);
        var counts = entries.Select(Parse).OfType<ApiKeyUsageCount>().ToList();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var identity = scope.ServiceProvider.GetRequiredService<IdentityCredentialsClient>();
            await identity.ReportUsageAsync(new ApiKeyUsageReport(counts, DateTimeOffset.UtcNow), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or ExecutionRejectedException)
        {
            var batch = database.CreateBatch();
            var restores = entries.Select(e => batch.HashIncrementAsync(usage.RedisKey, e.Name, (long)e.Value)).ToList();
            batch.Execute();
            await Task.WhenAll(restores);
            throw;
        }
        finally
        {
            await database.KeyDeleteAsync(taken);
        }
    }

    private static ApiKeyUsageCount? Parse(HashEntry entry)
    {
        var parts = entry.Name.ToString().Split(':');
        return parts.Length == 2 && Guid.TryParse(parts[0], out var keyId) && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var hour)
            ? new ApiKeyUsageCount(keyId, DateTimeOffset.FromUnixTimeSeconds(hour), (long)entry.Value)
            : null;
    }
}
