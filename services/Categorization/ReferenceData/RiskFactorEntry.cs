using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.ReferenceData;

/// <summary>A risk factor as served to clients, copied from the taxonomy file at start-up.</summary>
public sealed class RiskFactorEntry
{
    /// <summary>The taxonomy id, e.g. <c>rates.fed-funds</c>.</summary>
    public string Id { get; private set; } = "";

    public int SystemBasket { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>Whether a market on this factor has a direction (YES moves the factor up or down).</summary>
    public bool Directional { get; private set; }

    /// <summary>Position in the taxonomy file, so lists come back in the order the taxonomy gives them.</summary>
    public int Position { get; private set; }

    public string TaxonomyVersion { get; private set; } = "";

    /// <summary>Words that point at the factor (the lexicon stage's strong keywords).</summary>
    public List<string> Keywords { get; private set; } = [];

    /// <summary>Other names of the same thing (tickers, abbreviations, nicknames), scored like keywords.</summary>
    public List<string> Aliases { get; private set; } = [];

    /// <summary>Entity patterns: literals, or regular expressions over normalised text where prefixed <c>re:</c>.</summary>
    public List<string> EntityPatterns { get; private set; } = [];

    public static RiskFactorEntry From(RiskFactor factor, string taxonomyVersion) => new()
    {
        Id = factor.Id,
        SystemBasket = factor.Basket,
        Description = factor.Description,
        Directional = factor.Directional,
        Position = factor.Index,
        TaxonomyVersion = taxonomyVersion,
        Keywords = [.. factor.Keywords],
        Aliases = [.. factor.Aliases],
        EntityPatterns = [.. factor.EntityPatterns],
    };

    /// <summary>Brings the row in line with the taxonomy; true when anything changed.</summary>
    public bool Update(RiskFactor factor, string taxonomyVersion)
    {
        if (SystemBasket == factor.Basket && Description == factor.Description && Directional == factor.Directional
            && Position == factor.Index && TaxonomyVersion == taxonomyVersion && Keywords.SequenceEqual(factor.Keywords)
            && Aliases.SequenceEqual(factor.Aliases) && EntityPatterns.SequenceEqual(factor.EntityPatterns))
        {
            return false;
        }
        (SystemBasket, Description, Directional, Position, TaxonomyVersion) =
            (factor.Basket, factor.Description, factor.Directional, factor.Index, taxonomyVersion);
        (Keywords, Aliases, EntityPatterns) = ([.. factor.Keywords], [.. factor.Aliases], [.. factor.EntityPatterns]);
        return true;
    }
}
