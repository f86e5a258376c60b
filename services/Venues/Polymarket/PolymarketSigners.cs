using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Signing;
using Microsoft.Extensions.Options;

namespace Ito.Venues.Polymarket;

/// <summary>
/// The Polymarket signers built from configuration; each is null when its credentials are missing, so a read-only
/// deployment (ingestion) needs no keys at all. <see cref="Owner"/> is the API key the CLOB expects in an order body.
/// </summary>
public sealed class PolymarketSigners
{
    public PolymarketSigners(IOptions<PolymarketOptions> options, TimeProvider timeProvider)
    {
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.PrivateKey))
        {
            OrderSigner = new PolymarketOrderSigner(o.PrivateKey);
            ClobAuth = new ClobAuthSigner(o.PrivateKey);
            OrderFactory = new ClobOrderFactory(OrderSigner, o.FunderAddress, o.SignatureType, o.ChainId, timeProvider);
        }

        if (o.HasApiCredentials)
        {
            // POLY_ADDRESS is the signing wallet (the EOA); without a key, fall back to the funder.
            Hmac = new PolymarketHmacSigner(OrderSigner?.Address ?? o.FunderAddress ?? "", o.ApiKey!, o.ApiSecret!, o.ApiPassphrase!);
            Owner = o.ApiKey;
        }

        ChainId = o.ChainId;
    }

    public PolymarketOrderSigner? OrderSigner { get; }

    public ClobAuthSigner? ClobAuth { get; }

    public ClobOrderFactory? OrderFactory { get; }

    public PolymarketHmacSigner? Hmac { get; }

    public string? Owner { get; }

    public long ChainId { get; }

    public override string ToString() => $"PolymarketSigners(Address={OrderSigner?.Address ?? "none"}, L2={(Hmac is null ? "no" : "yes")})";
}
