using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ito.Venues.Json;

/// <summary>
/// Reads a decimal sent as a string ("0.5600", Kalshi <c>*_dollars</c>/<c>*_fp</c>, CLOB prices) or as a JSON number
/// (Gamma events), and writes it back as a string, which is what the venues expect in request bodies.
/// </summary>
public sealed class DecimalStringConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetDecimal(),
            JsonTokenType.String when DecimalText.TryParse(reader.GetString(), out var value) => value,
            _ => throw new JsonException($"Expected a decimal string or number, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}

/// <summary>As <see cref="DecimalStringConverter"/>, but null, an empty string or an unparsable string read as null.</summary>
public sealed class NullableDecimalStringConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number => reader.GetDecimal(),
            JsonTokenType.String => DecimalText.TryParse(reader.GetString(), out var value) ? value : null,
            _ => throw new JsonException($"Expected a decimal string, number or null, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(v.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

internal static class DecimalText
{
    public static bool TryParse(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
