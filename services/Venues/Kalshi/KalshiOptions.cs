using Ito.Venues.Resilience;

namespace Ito.Venues.Kalshi;

public enum KalshiEnvironment
{
    Demo,
    Production,
}

/// <summary>
/// Settings bound from <c>Venues:Kalshi</c>. Credentials come only from configuration, user secrets or the
/// environment; <see cref="ToString"/> never prints them, and these options are never logged.
/// </summary>
public sealed class KalshiOptions
{
    public const string SectionName = "Venues:Kalshi";
    public const string ProductionBaseUrl = "https://external-api.kalshi.com/trade-api/v2";
    public const string DemoBaseUrl = "https://external-api.demo.kalshi.co/trade-api/v2";

    /// <summary>Overrides the environment's base URL (e.g. the simulator's <c>http://127.0.0.1:port/kalshi/trade-api/v2</c>).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Demo by default: keys are per environment, and real money needs a deliberate switch.</summary>
    public KalshiEnvironment Environment { get; set; } = KalshiEnvironment.Demo;

    /// <summary>The API key id (a UUID), sent as KALSHI-ACCESS-KEY.</summary>
    public string? KeyId { get; set; }

    /// <summary>The RSA private key as PEM (PKCS#1 or PKCS#8). Secret.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>Alternatively, a file holding the PEM. Used when <see cref="PrivateKeyPem"/> is empty.</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>Basic tier: 200 read tokens/s at 10 tokens a request = 20 reads/s; we stay below.</summary>
    public VenueRateLimit Reads { get; set; } = new(requestsPerSecond: 18);

    /// <summary>Basic tier: 100 write tokens/s = 10 orders/s; we stay below.</summary>
    public VenueRateLimit Writes { get; set; } = new(requestsPerSecond: 9);

    public VenueResilienceOptions Resilience { get; set; } = new();

    public Uri EffectiveBaseUri => VenueUri.WithTrailingSlash(
        string.IsNullOrWhiteSpace(BaseUrl) ? Environment == KalshiEnvironment.Production ? ProductionBaseUrl : DemoBaseUrl : BaseUrl);

    public bool HasCredentials => !string.IsNullOrWhiteSpace(KeyId)
        && (!string.IsNullOrWhiteSpace(PrivateKeyPem) || !string.IsNullOrWhiteSpace(PrivateKeyPath));

    /// <summary>The PEM from <see cref="PrivateKeyPem"/> or, failing that, the file at <see cref="PrivateKeyPath"/>.</summary>
    public string? LoadPrivateKeyPem() =>
        !string.IsNullOrWhiteSpace(PrivateKeyPem) ? PrivateKeyPem
        : !string.IsNullOrWhiteSpace(PrivateKeyPath) ? File.ReadAllText(PrivateKeyPath)
        : null;

    public override string ToString() =>
        $"Kalshi {Environment} at {EffectiveBaseUri}, key {(HasCredentials ? "configured" : "not configured")}, reads {Reads}, writes {Writes}";
}
