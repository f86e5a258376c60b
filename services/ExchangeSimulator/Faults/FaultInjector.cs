using Ito.ExchangeSimulator.Universe;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Faults;

internal enum FaultAction { None, TooManyRequests, ServerError, Drop }

/// <summary>The active rules and their remaining counts; decisions are serialised so seeded runs repeat exactly.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<ActiveRule> _rules = [];
    private int _nextId;

    public FaultInjector(IOptions<SimulatorOptions> options)
    {
        if (options.Value.Faults is { } configured) Add(configured);
    }

    public FaultRule Add(FaultRule rule)
    {
        lock (_gate)
        {
            rule.Id = $"fault-{++_nextId}";
            var seed = rule.Seed ?? (ulong)Random.Shared.NextInt64();
            _rules.Add(new ActiveRule(rule, new DeterministicRandom(seed)));
            return rule;
        }
    }

    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    public IReadOnlyList<FaultRule> Rules
    {
        get { lock (_gate) return _rules.Select(r => r.Rule).ToList(); }
    }

    /// <summary>Latency to add and what to do with a request to <paramref name="venue"/> at <paramref name="path"/>.</summary>
    public (int LatencyMs, FaultAction Action, int Status) Decide(string venue, string path)
    {
        lock (_gate)
        {
            var latency = 0;
            foreach (var active in _rules)
            {
                var rule = active.Rule;
                if (rule.Venue is { Length: > 0 } v && !string.Equals(v, venue, StringComparison.OrdinalIgnoreCase)) continue;
                if (rule.Path is { Length: > 0 } p && !path.Contains(p, StringComparison.OrdinalIgnoreCase)) continue;
                latency += rule.LatencyMs;
                if (Take(active, rule.Drops, rule.DropRate, ref active.DropsUsed)) return (latency, FaultAction.Drop, 0);
                if (Take(active, rule.TooManyRequests, rule.TooManyRequestsRate, ref active.TooManyUsed)) return (latency, FaultAction.TooManyRequests, 429);
                if (Take(active, rule.ServerErrors, rule.ServerErrorRate, ref active.ServerErrorsUsed)) return (latency, FaultAction.ServerError, rule.ServerErrorStatus);
            }
            return (latency, FaultAction.None, 0);
        }
    }

    private static bool Take(ActiveRule active, int count, double rate, ref int used)
    {
        if (used < count)
        {
            used++;
            return true;
        }
        return rate > 0 && active.Random.Chance(rate);
    }

    private sealed class ActiveRule(FaultRule rule, DeterministicRandom random)
    {
        public FaultRule Rule { get; } = rule;
        public DeterministicRandom Random = random;
        public int DropsUsed;
        public int TooManyUsed;
        public int ServerErrorsUsed;
    }
}
