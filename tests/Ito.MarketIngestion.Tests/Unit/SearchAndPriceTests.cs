using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.MarketIngestion.Prices;
using Ito.MarketIngestion.Search;

namespace Ito.MarketIngestion.Tests.Unit;

public sealed class SearchAndPriceTests
{
    [Fact]
    public void Valid_parameters_parse_into_a_query()
    {
        var search = MarketQuery.Parse("fed rate", "kalshi", "economics", "open", "2026-12-31", null, null).Query!.Fingerprint;
        var cursor = new SearchCursor(search, 1, -42, "kalshi:X").Encode();
        var (query, errors) = MarketQuery.Parse(" fed rate ", "Kalshi", "Economics", "open", "2026-12-31", cursor, "50");

        Assert.Empty(errors);
        Assert.Equal(("fed rate", Venue.Kalshi, "Economics", MarketStatus.Open, 50), (query!.Text, query.Platform, query.Category, query.Status, query.Limit));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero), query.ClosesBefore);
        Assert.Equal(new SearchCursor(search, 1, -42, "kalshi:X"), query.Cursor);
    }

    [Fact]
    public void Every_bad_parameter_is_named()
    {
        var (query, errors) = MarketQuery.Parse(new string('x', 201), "betfair", null, "7", "soon", "%%%", "500");
        Assert.Null(query);
        Assert.Equal(["closes_before", "cursor", "limit", "platform", "q", "status"], errors.Keys.Order());
    }

    [Fact]
    public void A_cursor_is_refused_by_any_search_but_the_one_that_returned_it()
    {
        var fed = MarketQuery.Parse("fed", "kalshi", null, null, null, null, null).Query!;
        var cursor = new SearchCursor(fed.Fingerprint, 0, 7, "kalshi:X").Encode();

        Assert.Empty(MarketQuery.Parse("fed", "kalshi", null, null, null, cursor, "5").Errors);
        Assert.Contains("cursor", MarketQuery.Parse("fed", "polymarket", null, null, null, cursor, null).Errors.Keys);
        Assert.Contains("cursor", MarketQuery.Parse("rate", "kalshi", null, null, null, cursor, null).Errors.Keys);
        Assert.Contains("cursor", MarketQuery.Parse(null, "kalshi", null, null, null, cursor, null).Errors.Keys);
        Assert.Contains("cursor", MarketQuery.Parse("fed", "kalshi", null, "open", null, cursor, null).Errors.Keys);
    }

    [Fact]
    public void A_cursor_survives_the_round_trip_exactly()
    {
        var cursor = new SearchCursor("0123456789abcdef", 1, long.MinValue, "polymarket:0xabc|def");
        Assert.True(SearchCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
    }

    [Theory]
    [InlineData("bitcoin price", false)]
    [InlineData("S&P 500 above 6,500", false)]
    [InlineData("\"super bowl\"", true)]
    [InlineData("trump -tariff", true)]
    [InlineData("bitcoin or ethereum", true)]
    public void Web_search_syntax_is_recognised_so_typo_correction_leaves_it_alone(string text, bool usesSyntax) =>
        Assert.Equal(usesSyntax, SearchTerms.UsesSearchSyntax(text));

    [Theory]
    [InlineData("bitcon", "bitcoin", 1)]
    [InlineData("aretmi", "artemi", 1)]
    [InlineData("electon", "elect", 2)]
    [InlineData("fed", "fed", 0)]
    [InlineData("", "rate", 4)]
    public void Edit_distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int distance) =>
        Assert.Equal(distance, SearchTerms.EditDistance(a, b));

    [Fact]
    public void A_misspelt_stem_is_corrected_to_near_edits_and_to_the_most_trigram_similar()
    {
        // Candidates as the trigram index returns them, nearest first.
        Assert.Equal(["elect", "elector"], SearchTerms.Corrections("electon", [("elect", 0.56f), ("elector", 0.45f), ("elon", 0.3f), ("select", 0.2f)]));
        Assert.Equal(["artemi"], SearchTerms.Corrections("aretmi", [("ariz", 0.29f), ("artemi", 0.27f), ("retail", 0.2f)]));
        Assert.Equal(["bitcoin"], SearchTerms.Corrections("bitc", [("bitcoin", 0.44f), ("bill", 0.2f)]));
        Assert.Empty(SearchTerms.Corrections("zzqxv", [("quiz", 0.1f)]));
    }

    [Fact]
    public void A_quote_has_a_mid_only_with_both_sides_and_compares_by_value()
    {
        Assert.Equal(0.425m, new PriceQuote(0.40m, 0.45m, 0.41m).Mid);
        Assert.Null(new PriceQuote(null, 0.45m, 0.41m).Mid);
        Assert.True(new PriceQuote(0.5000m, 0.6m, null).SamePricesAs(new PriceQuote(0.5m, 0.60m, null)));
        Assert.False(new PriceQuote(0.5m, 0.6m, null).SamePricesAs(new PriceQuote(0.5m, 0.6m, 0.55m)));
        Assert.False(new PriceQuote(0.5m, 0.6m, null).SamePricesAs(null));
    }

    [Fact]
    public void A_quote_outside_zero_to_one_is_invalid()
    {
        Assert.True(new PriceQuote(0m, 1m, null).IsValid);
        Assert.False(new PriceQuote(-0.01m, 0.5m, null).IsValid);
        Assert.False(new PriceQuote(0.2m, 0.5m, 1.01m).IsValid);
    }
}
