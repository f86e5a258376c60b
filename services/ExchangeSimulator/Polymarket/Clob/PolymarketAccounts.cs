using System.Collections.Concurrent;
using Ito.ExchangeSimulator.Auth;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>
/// One account per wallet address (case-insensitive), opened on first use with <c>Simulator:StartingBalance</c>.
/// An API key belongs to the EOA that signs. With signature types 1 (proxy) and 2 (Safe) its orders draw on a funder
/// wallet, the order's maker: the venue derives that wallet from the EOA, the simulator remembers the maker it was
/// given, so the key's orders, trades and balances are found in every wallet it trades for.
/// </summary>
internal sealed class PolymarketAccounts(IOptions<SimulatorOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, PolymarketAccount> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string ApiKey, int SignatureType), string> _funders = new();

    public PolymarketAccount For(string address) =>
        _accounts.GetOrAdd(address, a => new PolymarketAccount(a, options.Value.StartingBalance, time));

    public PolymarketAccount? Find(string address) => _accounts.GetValueOrDefault(address);

    /// <summary>The wallet an order placed with <paramref name="key"/> pays from and delivers to: its maker.</summary>
    public PolymarketAccount ForMaker(PolyApiKey key, string maker, int signatureType)
    {
        if (!Eip712.SameAddress(maker, key.Address)) _funders[(key.ApiKey, signatureType)] = maker;
        return For(maker);
    }

    /// <summary>The signer's own wallet, then each funder <paramref name="key"/> has placed orders for.</summary>
    public IReadOnlyList<PolymarketAccount> Of(PolyApiKey key) =>
    [
        For(key.Address),
        .. _funders.Where(f => f.Key.ApiKey == key.ApiKey).Select(f => f.Value).Distinct(StringComparer.OrdinalIgnoreCase).Select(For),
    ];

    /// <summary>
    /// <c>GET /balance-allowance?signature_type=</c>: 0 reads the signer's wallet, 1–3 the funder it trades for with
    /// that type. A funder no order has named yet is a fresh wallet, holding the starting balance like any other.
    /// </summary>
    public PolymarketAccount ForBalance(PolyApiKey key, int signatureType) =>
        signatureType == 0 ? For(key.Address)
        : _funders.TryGetValue((key.ApiKey, signatureType), out var funder) ? For(funder)
        : new PolymarketAccount("0x0000000000000000000000000000000000000000", options.Value.StartingBalance, time);

    /// <summary>Whether <paramref name="key"/> sees <paramref name="order"/>: all of its own wallet's orders, its own orders in a funder's.</summary>
    public static bool PlacedBy(PolyApiKey key, PolymarketAccount account, PolyOrder order) =>
        Eip712.SameAddress(account.Address, key.Address) || order.Owner == key.ApiKey;
}
