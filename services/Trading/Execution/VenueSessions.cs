using Ito.Contracts;
using Ito.Trading.Credentials;
using Ito.Trading.Orders;
using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Signing;
using Microsoft.Extensions.Options;

namespace Ito.Trading.Execution;

/// <summary>
/// Builds the venue clients for one user and mode: paper → the simulator with the platform's paper accounts, demo
/// → Kalshi's demo with the user's demo key, live → the real venues with the user's keys. Each client shares the
/// named HttpClient's pipeline (<see cref="TradingVenueHttp"/>); only the signing handler is per account.
/// </summary>
public sealed class VenueSessions(
    IHttpMessageHandlerFactory handlers,
    IOptions<TradingOptions> options,
    CredentialVault vault,
    TimeProvider time,
    ILoggerFactory loggers)
{
    public async Task<VenueSession> OpenAsync(Guid userId, TradingMode mode, CancellationToken cancellationToken)
    {
        var o = options.Value;
        return mode switch
        {
            TradingMode.Paper => new VenueSession(
                Kalshi(o.Paper.KalshiBaseUrl, o.Paper.KalshiKeyId is { } id && o.Paper.KalshiPrivateKeyPem is { } pem ? new KalshiSecrets(id, pem) : null, "paper"),
                Polymarket(o.Paper.PolymarketClobBaseUrl, PaperPolymarket(o.Paper), o.Paper.PolymarketChainId, "paper")),
            TradingMode.Demo => new VenueSession(
                Kalshi(o.DemoKalshiBaseUrl, await vault.KalshiAsync(userId, VenueEnvironment.Demo, cancellationToken), "demo"),
                new Unavailable("Polymarket has no demo environment; trade Polymarket legs in paper or live mode.")),
            _ => new VenueSession(
                Kalshi(o.LiveKalshiBaseUrl, await vault.KalshiAsync(userId, VenueEnvironment.Live, cancellationToken), "live"),
                Polymarket(o.LivePolymarketClobBaseUrl, await vault.PolymarketAsync(userId, cancellationToken), o.LivePolymarketChainId, "live")),
        };
    }

    private Func<ILegVenue> Kalshi(string? baseUrl, KalshiSecrets? secrets, string what)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return Unavailable.For($"Kalshi is not configured for {what} trading.");
        if (secrets is null) return Unavailable.For($"No Kalshi {what} credentials are set (PUT /api/internal/venue-credentials/kalshi).");
        return () =>
        {
            // The signer holds an imported RSA key; it lives as long as the session's client.
            var signer = new KalshiRequestSigner(secrets.KeyId, secrets.PrivateKeyPem);
            var http = Client(TradingVenueHttp.Kalshi, baseUrl, new KalshiAuthHandler(signer, time));
            return new KalshiLegVenue(new KalshiClient(http, loggers.CreateLogger<KalshiClient>(), options.Value.Resilience.MaxOrderSubmissions),
                options.Value.KalshiCountStep, http, signer);
        };
    }

    private Func<ILegVenue> Polymarket(string? baseUrl, PolymarketSecrets? secrets, long chainId, string what)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return Unavailable.For($"Polymarket is not configured for {what} trading.");
        if (secrets is null) return Unavailable.For($"No Polymarket credentials are set (PUT /api/internal/venue-credentials/polymarket).");
        return () =>
        {
            var signer = new PolymarketOrderSigner(secrets.PrivateKey);
            var hmac = new PolymarketHmacSigner(signer.Address, secrets.ApiKey, secrets.ApiSecret, secrets.ApiPassphrase);
            var http = Client(TradingVenueHttp.PolymarketClob, baseUrl, new PolymarketAuthHandler(hmac, new ClobAuthSigner(secrets.PrivateKey), chainId, time));
            var factory = new ClobOrderFactory(signer, secrets.FunderAddress, secrets.SignatureType, chainId, time);
            return new PolymarketLegVenue(new PolymarketClobClient(http, loggers.CreateLogger<PolymarketClobClient>(), options.Value.Resilience.MaxOrderSubmissions),
                factory, secrets.ApiKey, http);
        };
    }

    private static PolymarketSecrets? PaperPolymarket(PaperVenues paper) =>
        paper is { PolymarketPrivateKey: { } key, PolymarketApiKey: { } apiKey, PolymarketApiSecret: { } secret, PolymarketApiPassphrase: { } passphrase }
            ? new PolymarketSecrets(key, paper.PolymarketFunderAddress, paper.PolymarketSignatureType, apiKey, secret, passphrase)
            : null;

    /// <summary>
    /// The account's signing handler sits in front of the named client's pipeline, so a retried read re-sends the
    /// same signature; venues accept a signed timestamp for minutes, far longer than the pipeline's total timeout.
    /// </summary>
    private HttpClient Client(string name, string baseUrl, DelegatingHandler auth)
    {
        auth.InnerHandler = handlers.CreateHandler(name);
        return new HttpClient(auth, disposeHandler: true)
        {
            BaseAddress = Ito.Venues.VenueUri.WithTrailingSlash(baseUrl),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    private sealed class Unavailable(string reason) : ILegVenue
    {
        public static Func<ILegVenue> For(string reason) => () => new Unavailable(reason);

        public Task<LegMarket> QuoteAsync(int legIndex, MarketId marketId, Side outcome, decimal weight, CancellationToken cancellationToken) => throw Refused();

        public Task<LegExecution> BuyAsync(LegOrder leg, OrderPolicy policy, Func<OutgoingOrder, Task> beforeSend, CancellationToken cancellationToken) => throw Refused();

        public Task<LegExecution?> FindAsync(LegOrder leg, CancellationToken cancellationToken) => throw Refused();

        public Task<LegExecution> SellAsync(LegOrder leg, decimal shares, Func<OutgoingOrder, Task> beforeSend, CancellationToken cancellationToken) =>
            throw Refused();

        public Task<LegExecution?> FindSaleAsync(LegOrder leg, CancellationToken cancellationToken) => throw Refused();

        public Task CancelAsync(LegOrder leg, CancellationToken cancellationToken) => throw Refused();

        private VenueUnavailableException Refused() => new(reason);
    }
}

/// <summary>
/// The venues of one user in one mode; a venue's client is built on first use (thread-safe: legs are sent in
/// parallel) and disposed with the session, which releases the account's imported key.
/// </summary>
public sealed class VenueSession(Func<ILegVenue> kalshi, Func<ILegVenue> polymarket) : IDisposable
{
    private readonly Lazy<ILegVenue> _kalshi = new(kalshi);
    private readonly Lazy<ILegVenue> _polymarket = new(polymarket);

    public VenueSession(Func<ILegVenue> kalshi, ILegVenue polymarket)
        : this(kalshi, () => polymarket)
    {
    }

    public ILegVenue For(Venue venue) => venue == Venue.Kalshi ? _kalshi.Value : _polymarket.Value;

    public void Dispose()
    {
        if (_kalshi is { IsValueCreated: true, Value: IDisposable k }) k.Dispose();
        if (_polymarket is { IsValueCreated: true, Value: IDisposable p }) p.Dispose();
    }
}
