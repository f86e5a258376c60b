using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Tests.Pipeline.Text;

public sealed class MarketTokenizerTests
{
    private static List<Token> Tokens(string text) => MarketTokenizer.Tokenize(TextNormalizer.Normalize(text), TextField.Title);

    [Theory]
    [InlineData("$150k", 150_000)]
    [InlineData("$1.5m", 1_500_000)]
    [InlineData("$2 trillion", 2e12)]
    [InlineData("$4,250", 4250)]
    [InlineData("€40", 40)]
    public void Parses_money(string text, double value)
    {
        var token = Tokens(text)[0];
        Assert.Equal(TokenKind.Money, token.Kind);
        Assert.Equal(value, token.Value, 6);
    }

    [Fact]
    public void Parses_percentages_years_months_and_quarters()
    {
        var tokens = Tokens("CPI above 3.2% in March 2026 and Q3");
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Percent, Value: 3.2 });
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Month, Value: 3 });
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Year, Value: 2026 });
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Quarter, Value: 3 });
    }

    [Fact]
    public void Parses_iso_dates_as_one_token()
    {
        var tokens = Tokens("Gold above $4,000 on 2026-03-31?");
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Date, Value: 20260331 });
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Number && t.Value < 0);
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Money, Value: 4000 });
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Year);
    }

    [Fact]
    public void Parses_plain_numbers_with_thousands_separators_and_negative_values()
    {
        var tokens = Tokens("over 1,500 jobs and net approval below -10");
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Number, Value: 1500 });
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Number, Value: -10 });
    }

    [Fact]
    public void Keeps_initialisms_ampersand_names_and_drops_possessives()
    {
        var texts = Tokens("Will the U.S. S&P 500 beat Trump's target?").Select(t => t.Text).ToList();
        Assert.Contains("us", texts);
        Assert.Contains("s&p", texts);
        Assert.Contains("trump", texts);
    }

    [Fact]
    public void Stems_words_but_keeps_the_surface_form()
    {
        var token = Tokens("elections")[0];
        Assert.Equal("elections", token.Text);
        Assert.Equal("election", token.Stem);
    }

    [Fact]
    public void Reads_comparator_symbols_and_temperatures()
    {
        var tokens = Tokens("NYC high >= 90°F");
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Symbol, Text: ">=" });
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Number, Value: 90 });
    }
}
