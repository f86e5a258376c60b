using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>One account per wallet address (case-insensitive), opened on first use with <c>Simulator:StartingBalance</c>.</summary>
internal sealed class PolymarketAccounts(IOptions<SimulatorOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, PolymarketAccount> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public PolymarketAccount For(string address) =>
        _accounts.GetOrAdd(address, a => new PolymarketAccount(a, options.Value.StartingBalance, time));

    public PolymarketAccount? Find(string address) => _accounts.GetValueOrDefault(address);
}
