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
        var cursor = new SearchCursor(0.25f, "kalshi:X").Encode();
        var (query, errors) = MarketQuery.Parse(" fed rate ", "Kalshi", "Economics", "open", "2026-12-31", cursor, "50");

        Assert.Empty(errors);
        Assert.Equal(("fed rate", Venue.Kalshi, "Economics", MarketStatus.Open, 50), (query!.Text, query.Platform, query.Category, query.Status, query.Limit));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero), query.ClosesBefore);
        Assert.Equal(new SearchCursor(0.25f, "kalshi:X"), query.Cursor);
    }

    [Fact]
    public void Every_bad_parameter_is_named()
    {
        var (query, errors) = MarketQuery.Parse(new string('x', 201), "betfair", null, "7", "soon", "%%%", "500");
        Assert.Null(query);
        Assert.Equal(["closes_before", "cursor", "limit", "platform", "q", "status"], errors.Keys.Order());
    }

    [Fact]
    public void A_ranked_cursor_is_refused_without_text_and_a_plain_one_with_text()
    {
        var ranked = new SearchCursor(1.5f, "kalshi:X").Encode();
        var plain = new SearchCursor(null, "kalshi:X").Encode();
        Assert.Contains("cursor", MarketQuery.Parse(null, null, null, null, null, ranked, null).Errors.Keys);
        Assert.Contains("cursor", MarketQuery.Parse("fed", null, null, null, null, plain, null).Errors.Keys);
        Assert.Empty(MarketQuery.Parse("fed", null, null, null, null, ranked, null).Errors);
    }

    [Fact]
    public void A_cursor_survives_the_round_trip_exactly()
    {
        var cursor = new SearchCursor(0.1f + 0.2f, "polymarket:0xabc|def");
        Assert.True(SearchCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
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
