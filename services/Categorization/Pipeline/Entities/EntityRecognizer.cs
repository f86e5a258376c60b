using System.Text;
using System.Text.RegularExpressions;
using Ito.Categorization.Pipeline.Text;
using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Pipeline.Entities;

/// <summary>
/// Finds gazetteer names and taxonomy entity patterns in a market's tokens. Literal names are matched as token
/// phrases (longest first, so "bitcoin cash" is not "bitcoin"); the taxonomy's regular expressions run as one
/// combined expression over the normalised title.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly PhraseIndex<GazetteerEntry> _names;
    private readonly Regex? _patterns;
    private readonly (string Group, int Factor)[] _patternGroups;

    public EntityRecognizer(CategorizationTaxonomy taxonomy, IEnumerable<GazetteerEntry> gazetteer)
    {
        var literals = new List<(string, GazetteerEntry)>();
        foreach (var entry in gazetteer) literals.Add((entry.Name, entry));

        var combined = new StringBuilder();
        var groups = new List<(string, int)>();
        foreach (var factor in taxonomy.Factors)
        {
            foreach (var pattern in factor.EntityPatterns)
            {
                if (pattern.StartsWith(RiskFactor.RegexPrefix, StringComparison.Ordinal))
                {
                    var group = $"f{factor.Index}_{groups.Count}";
                    if (combined.Length > 0) combined.Append('|');
                    combined.Append("(?<").Append(group).Append('>').Append(pattern.AsSpan(RiskFactor.RegexPrefix.Length)).Append(')');
                    groups.Add((group, factor.Index));
                }
                else
                {
                    literals.Add((pattern, new GazetteerEntry(pattern, EntityKind.TaxonomyPattern, factor.Index, "")));
                }
            }
        }

        _names = new PhraseIndex<GazetteerEntry>(literals, matchOnStems: false);
        _patternGroups = groups.ToArray();
        _patterns = combined.Length == 0
            ? null
            : new Regex(combined.ToString(), PatternOptions, TimeSpan.FromMilliseconds(100));
    }

    /// <summary>
    /// The non-backtracking engine runs the combined alternation in one linear pass (about three times faster than
    /// the compiled backtracking engine on titles) and cannot be driven into catastrophic backtracking.
    /// </summary>
    internal const RegexOptions PatternOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public int NameCount => _names.Count;

    public void Recognize(CategorizationContext context)
    {
        var hits = new List<PhraseHit<GazetteerEntry>>();
        _names.FindLongestMatches(context.Tokens, hits);
        foreach (var hit in hits)
        {
            var field = context.Tokens[hit.Start].Field;
            foreach (var entry in hit.Payloads)
                context.Entities.Add(new EntityMatch(entry.Name, entry.Kind, entry.FactorIndex, entry.Country, field));
        }
        if (_patterns is not null && context.Title.Length > 0) MatchPatterns(context);
    }

    private void MatchPatterns(CategorizationContext context)
    {
        try
        {
            for (var match = _patterns!.Match(context.Title); match.Success; match = match.NextMatch())
            {
                foreach (var (group, factor) in _patternGroups)
                {
                    if (!match.Groups[group].Success) continue;
                    context.Entities.Add(new EntityMatch(match.Value, EntityKind.TaxonomyPattern, factor, "", TextField.Title));
                    break;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: the literal gazetteer hits already recorded are enough to go on.
        }
    }
}
