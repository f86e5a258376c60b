using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ito.Contracts;

/// <summary>
/// A market's id on the wire: <c>{venue}:{venue market id}</c>, e.g. <c>kalshi:KXFED-25DEC-T4.25</c> or
/// <c>polymarket:0x…</c> (the condition id). A type of its own so a ticker is never mistaken for a basket id.
/// </summary>
[JsonConverter(typeof(MarketIdJsonConverter))]
public readonly record struct MarketId
{
    private MarketId(Venue venue, string venueMarketId)
    {
        Venue = venue;
        VenueMarketId = venueMarketId;
    }

    public Venue Venue { get; }

    public string VenueMarketId { get; }

    public static MarketId For(Venue venue, string venueMarketId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(venueMarketId);
        return new MarketId(venue, venueMarketId);
    }

    public static MarketId Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not a market id (venue:id).");

    public static bool TryParse([NotNullWhen(true)] string? value, out MarketId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == value.Length - 1) return false;
        var venuePart = value.AsSpan(0, colon);
        Venue venue;
        if (venuePart.Equals("kalshi", StringComparison.OrdinalIgnoreCase)) venue = Venue.Kalshi;
        else if (venuePart.Equals("polymarket", StringComparison.OrdinalIgnoreCase)) venue = Venue.Polymarket;
        else return false;
        var rest = value[(colon + 1)..];
        if (rest.Any(char.IsWhiteSpace) || rest.Length > 200) return false;
        id = new MarketId(venue, rest);
        return true;
    }

    public override string ToString() => $"{VenueName(Venue)}:{VenueMarketId}";

    public static string VenueName(Venue venue) => venue switch
    {
        Venue.Kalshi => "kalshi",
        Venue.Polymarket => "polymarket",
        _ => throw new ArgumentOutOfRangeException(nameof(venue)),
    };
}

public sealed class MarketIdJsonConverter : JsonConverter<MarketId>
{
    public override MarketId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        MarketId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("Invalid market id.");

    public override void Write(Utf8JsonWriter writer, MarketId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
