using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;

namespace Ito.Venues.Resilience;

/// <summary>
/// The pipeline every venue HttpClient gets instead of the platform's standard handler, outermost first:
/// total timeout → retry (reads only) → circuit breaker → rate limiter (per read/write budget) → attempt timeout.
/// The limiter sits inside the retry because every attempt spends venue budget.
/// </summary>
public static class VenueResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context,
        VenueResilienceOptions options, VenueRateLimit reads, VenueRateLimit? writes)
    {
        var readLimiter = CreateLimiter(reads);
        var writeLimiter = writes is null ? null : CreateLimiter(writes);
        context.OnPipelineDisposed(() =>
        {
            readLimiter.Dispose();
            writeLimiter?.Dispose();
        });

        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxReadRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                // Honours Retry-After when a venue sends one; Kalshi's 429s carry none, so the exponential back-off applies.
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxReadRetries > 0 && IsRead(args.Context) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                // Throttling says "slow down", not "the venue is down": keep 429 out of the breaker.
                ShouldHandle = args => ValueTask.FromResult(
                    HttpClientResiliencePredicates.IsTransient(args.Outcome) && args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests),
            })
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => (writeLimiter is not null && !IsRead(args.Context) ? writeLimiter : readLimiter)
                    .AcquireAsync(1, args.Context.CancellationToken),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    /// <summary>A token bucket refilled one token at a time, so a rate like 18/s is spread evenly rather than in bursts.</summary>
    public static TokenBucketRateLimiter CreateLimiter(VenueRateLimit limit)
    {
        var perSecond = Math.Max(0.01, limit.RequestsPerSecond);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, (int)Math.Floor(perSecond * Math.Max(0, limit.BurstSeconds))),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / perSecond),
            QueueLimit = Math.Max(0, limit.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    private static bool IsRead(ResilienceContext context) =>
        context.GetRequestMessage() is not { } request || VenueRequestOptions.KindOf(request) == VenueRequestKind.Read;
}
