namespace Ito.MarketIngestion.Search;

/// <summary>
/// One word stem that occurs in some market's searchable text, kept by a trigger on the markets table. A query word
/// that is not among them is a typo to correct to the nearest ones (see <see cref="SearchTerms"/>).
/// </summary>
internal sealed class SearchLexeme
{
    private SearchLexeme()
    {
    }

    public string Lexeme { get; private set; } = "";
}
