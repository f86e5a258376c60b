namespace Ito.Gateway.Auth;

/// <summary>Tunables of the gateway's front door (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>
    /// The longest a credential may be trusted from this instance's memory: a revocation or logout that another
    /// instance handled reaches this one within it even if the eviction message never arrives, so it must stay
    /// well under the 5 s revocation promise.
    /// </summary>
    public static readonly TimeSpan MaxLocalCredentialTtl = TimeSpan.FromSeconds(3);

    /// <summary>Prefix of every Redis key the gateway owns.</summary>
    public string RedisPrefix { get; set; } = "gateway:";

    /// <summary>How long a verified credential is trusted in Redis without asking identity again (revocation also evicts it).</summary>
    public TimeSpan CredentialCacheTtl { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long this instance trusts its in-memory copy of a credential before reading Redis again.</summary>
    public TimeSpan LocalCredentialTtl { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many verified credentials this instance keeps in memory at most.</summary>
    public int LocalCredentialCapacity { get; set; } = 100_000;

    /// <summary>The most rate-limit permits one instance reserves from Redis for a key in one round trip.</summary>
    public int MaxPermitBlock { get; set; } = 20;

    /// <summary>Permits a key has not used on this instance for this long go back to Redis for other instances.</summary>
    public TimeSpan IdlePermitReturn { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often per-key request counts are flushed from Redis to identity.</summary>
    public TimeSpan UsageFlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}
