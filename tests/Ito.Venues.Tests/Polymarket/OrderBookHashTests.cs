using System.Text.Json;
using Ito.Venues.Json;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Tests.Support;

namespace Ito.Venues.Tests.Polymarket;

public class OrderBookHashTests
{
    [Theory] // VECTORS.md §6: live books; the served hash is SHA-1 of the canonical form
    [InlineData("polymarket_clob_GET_book_token_323382201900", "608948fac9887f4b8589dd2099748107b7d27810")]
    [InlineData("polymarket_clob_GET_book_token_256593106749", "fbaeea8bf426a18f2cf15c390ba78e097ba2fedb")]
    [InlineData("polymarket_clob_GET_book_token_545330438199", "5ddc21d986ec9860efb0a3c9de57d1ecfb288eef")]
    public void Recomputes_the_served_hash_of_live_books(string payload, string expected)
    {
        var book = JsonSerializer.Deserialize<ClobOrderBook>(SharedFiles.Payload(payload), VenueJson.Options)!;

        Assert.Equal(expected, book.Hash);
        Assert.Equal(expected, OrderBookHash.Compute(book));
        Assert.True(OrderBookHash.IsValid(book));
    }

    [Fact] // vectors.json orderBookHashes[]: our canonical string is byte-identical to the SDK's
    public void Canonical_json_matches_the_vector_file()
    {
        foreach (var c in SharedFiles.Vectors.GetProperty("orderBookHashes").EnumerateArray())
        {
            var book = JsonSerializer.Deserialize<ClobOrderBook>(c.GetProperty("raw").GetString()!, VenueJson.Options)!;
            Assert.Equal(c.GetProperty("canonical").GetString(), OrderBookHash.CanonicalJson(book));
            Assert.Equal(c.GetProperty("hash").GetString(), OrderBookHash.Compute(book));
        }
    }

    [Fact] // VECTORS.md §6: py-clob-client-v2 tests/test_utilities.py
    public void Matches_the_python_sdk_vector()
    {
        var book = new ClobOrderBook
        {
            Market = "0xaabbcc",
            AssetId = "100",
            Timestamp = "123456789",
            Bids = [new(0.3m, 100m), new(0.4m, 100m)],
            Asks = [new(0.6m, 100m), new(0.7m, 100m)],
            MinOrderSize = 100m,
            TickSize = 0.01m,
            NegRisk = false,
            LastTradePrice = 0.5m,
        };

        Assert.Equal("0458ea5755c9f73d64a14636fa5c36ed460ec394", OrderBookHash.Compute(book));
    }

    [Fact]
    public void A_changed_level_changes_the_hash()
    {
        var book = JsonSerializer.Deserialize<ClobOrderBook>(SharedFiles.Payload("polymarket_clob_GET_book_token_323382201900"), VenueJson.Options)!;

        var tampered = book with { Bids = [.. book.Bids.Take(book.Bids.Count - 1), book.Bids[^1] with { Size = book.Bids[^1].Size + 1 }] };

        Assert.False(OrderBookHash.IsValid(tampered));
    }
}
