using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>One account per API key id, opened on first use with <c>Simulator:StartingBalance</c>.</summary>
internal sealed class KalshiAccounts(IOptions<SimulatorOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, KalshiAccount> _accounts = new(StringComparer.Ordinal);

    public KalshiAccount For(string keyId) =>
        _accounts.GetOrAdd(keyId, id => new KalshiAccount(id, options.Value.StartingBalance, time));

    public KalshiAccount For(HttpContext context) => For((string)context.Items[Auth.KalshiAuthFilter.KeyItem]!);
}
