using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Tests.Pipeline.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("  Will   the\tFed\ncut?  ", "will the fed cut?")]
    [InlineData("Will <b>Bitcoin</b> hit $150k?", "will bitcoin hit $150k?")]
    [InlineData("Pokémon São Paulo Jokić Świątek", "pokemon sao paulo jokic swiatek")]
    [InlineData("S&amp;P 500 &gt; 6,000?", "s&p 500 > 6,000?")]
    [InlineData("Trump’s “big” bill", "trump's big bill")]
    [InlineData("Straße Ørsted Łódź", "strasse orsted lodz")]
    public void Normalizes_case_accents_entities_and_whitespace(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Removes_script_and_style_blocks_with_their_content()
    {
        var normalized = TextNormalizer.Normalize("Will <script>alert('x')</script>gold <style>p{}</style>rise?");
        Assert.Equal("will gold rise?", normalized);
    }

    [Fact]
    public void Removes_markup_that_was_hidden_in_entities()
    {
        Assert.Equal("oil", TextNormalizer.Normalize("&lt;script&gt;evil()&lt;/script&gt;Oil"));
    }

    [Fact]
    public void Keeps_a_less_than_sign_that_is_not_a_tag()
    {
        Assert.Equal("cpi < 3%", TextNormalizer.Normalize("CPI < 3%"));
    }

    [Fact]
    public void Drops_emoji_and_keeps_other_scripts()
    {
        Assert.Equal("bitcoin биткоин", TextNormalizer.Normalize("🚀 Bitcoin 🚀 биткоин"));
    }

    [Fact]
    public void Caps_the_output_length()
    {
        var normalized = TextNormalizer.Normalize(new string('a', 3000) + " " + new string('b', 3000), maxLength: 4096);
        Assert.True(normalized.Length <= 4096);
    }

    [Fact]
    public void Handles_an_unterminated_tag_without_failing()
    {
        Assert.Equal("will gold", TextNormalizer.Normalize("Will gold <a href='x"));
    }
}
