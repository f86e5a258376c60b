namespace Ito.Gateway.Auth;

/// <summary>Tunables of the gateway's front door (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>Prefix of every Redis key the gateway owns.</summary>
    public string RedisPrefix { get; set; } = "gateway:";

    /// <summary>How long a verified credential is trusted without asking identity again (revocation also evicts it).</summary>
    public TimeSpan CredentialCacheTtl { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often per-key request counts are flushed from Redis to identity.</summary>
    public TimeSpan UsageFlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}
