using Ito.Gateway.Auth;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ito.Gateway.RateLimits;

/// <summary>
/// Gives the permits of keys that went quiet on this instance back to the shared ledger, so a client that moves to
/// another instance (or comes back later) can spend them; on shutdown gives back everything and moves the last
/// usage counts to Redis, so neither is lost with the process.
/// </summary>
public sealed class PermitReturner(HourlyRateLimiter limiter, UsageCounter usage, IOptions<GatewayOptions> options, ILogger<PermitReturner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.IdlePermitReturn / 2);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await limiter.ReturnIdlePermitsAsync(all: false);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // Permits that could not be given back are only lost to this hour's limit (the key gets fewer, never more).
                logger.LogWarning(exception, "Returning idle rate-limit permits failed");
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await limiter.ReturnIdlePermitsAsync(all: true);
            await usage.MoveToRedisAsync();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Handing back permits and usage counts at shutdown failed");
        }
    }
}
