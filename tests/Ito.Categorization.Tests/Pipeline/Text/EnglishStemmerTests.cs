using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Tests.Pipeline.Text;

public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("rates", "rate")]
    [InlineData("elections", "election")]
    [InlineData("tariffs", "tariff")]
    [InlineData("hiked", "hike")]
    [InlineData("hiking", "hike")]
    [InlineData("cutting", "cut")]
    [InlineData("earnings", "earn")]
    [InlineData("approved", "approv")]
    [InlineData("approve", "approv")]
    [InlineData("ceasefires", "ceasefir")]
    public void Reduces_inflections_to_a_shared_stem(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("fed")]
    [InlineData("gpt5")]
    [InlineData("s&p")]
    [InlineData("us")]
    public void Leaves_short_words_and_codes_alone(string word) => Assert.Same(word, EnglishStemmer.Stem(word));

    [Fact]
    public void Keeps_approval_apart_from_approve()
    {
        Assert.NotEqual(EnglishStemmer.Stem("approval"), EnglishStemmer.Stem("approve"));
    }
}
