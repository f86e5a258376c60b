namespace Ito.MarketIngestion.Search;

/// <summary>
/// One tier of the search order, as the SQL condition a market meets to be in it (over <c>markets m</c>; the text
/// query stands as <c>{text}</c>, a SQL expression given to <see cref="Condition"/>). Tiers never overlap, so
/// paging through them in turn repeats nothing.
/// </summary>
/// <remarks>
/// The estimate condition is what the planner is asked to count: it multiplies the selectivities of conditions as
/// if independent, which for a title match inside a text match would undercount many times over.
/// </remarks>
internal sealed record SearchRank(string Name, string Template, string EstimateTemplate)
{
    /// <summary>Every word in the title: the market is about what was searched for.</summary>
    public static readonly SearchRank Title = new("title", "m.search_vector @@ {text} AND m.title_vector @@ {text}", "m.title_vector @@ {text}");

    /// <summary>The words are there, but some only in the event title, the outcome or the category.</summary>
    public static readonly SearchRank Elsewhere = new("elsewhere", "m.search_vector @@ {text} AND NOT m.title_vector @@ {text}", "m.search_vector @@ {text}");

    /// <summary>No text: every market the filters select.</summary>
    public static readonly SearchRank Browse = new("browse", "TRUE", "TRUE");

    private static readonly IReadOnlyList<SearchRank> TextRanks = [Title, Elsewhere];
    private static readonly IReadOnlyList<SearchRank> BrowseRanks = [Browse];

    public static IReadOnlyList<SearchRank> For(bool hasText) => hasText ? TextRanks : BrowseRanks;

    public string Condition(string text) => Template.Replace("{text}", text, StringComparison.Ordinal);

    public string EstimateCondition(string text) => EstimateTemplate.Replace("{text}", text, StringComparison.Ordinal);
}
