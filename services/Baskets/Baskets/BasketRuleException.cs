namespace Ito.Baskets.Baskets;

/// <summary>
/// A change a basket refused. Each violation is keyed by the request field it concerns (<c>legs[3].weight</c>), so
/// an endpoint can answer with a ValidationProblem that names what to fix.
/// </summary>
public sealed class BasketRuleException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The basket change breaks its rules: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>Collects rule violations by field, so one answer names every problem rather than only the first.</summary>
public sealed class RuleViolations
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages)) errors[field] = messages = [];
        messages.Add(message);
    }

    public void AddRange(IReadOnlyDictionary<string, string[]> other)
    {
        foreach (var (field, messages) in other)
        {
            foreach (var message in messages) Add(field, message);
        }
    }

    public Dictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void ThrowIfAny()
    {
        if (Any) throw new BasketRuleException(ToDictionary());
    }
}
