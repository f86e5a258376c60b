using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ito.Venues.Json;

/// <summary>
/// Venue timestamps are mostly RFC 3339, but Gamma also sends <c>"2022-07-27 14:40:02.064+00"</c> and
/// <c>"2021-12-05 20:37:01+00"</c>, and Unix seconds appear elsewhere. Anything unreadable becomes null
/// rather than failing a whole page of markets.
/// </summary>
public sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var seconds):
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            case JsonTokenType.String:
                return Parse(reader.GetString());
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(v.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    internal static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // "+00" (no minutes) is what Postgres prints; .NET wants "+00:00".
        var normalized = text.Length > 3 && (text[^3] == '+' || text[^3] == '-') ? text + ":00" : text;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }
}
