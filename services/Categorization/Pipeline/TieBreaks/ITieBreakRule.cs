namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>
/// One of ARCHITECTURE.md's rules for a market that could sit in two baskets. Given the current primary factor,
/// returns the factor the rule prefers (or the same one when it does not apply).
/// </summary>
public interface ITieBreakRule
{
    string Name { get; }

    int Apply(CategorizationContext context, int factor);
}
