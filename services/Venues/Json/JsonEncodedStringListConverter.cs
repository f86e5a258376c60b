using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ito.Venues.Json;

/// <summary>
/// Gamma sends <c>outcomes</c>, <c>outcomePrices</c> and <c>clobTokenIds</c> as a JSON array encoded INSIDE a string
/// (<c>"[\"Yes\", \"No\"]"</c>). This reads that (and a native array, should Gamma ever fix it) as a string list.
/// </summary>
public sealed class JsonEncodedStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.StartArray:
                return ReadArray(ref reader);
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return [];
                }

                var inner = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
                inner.Read();
                return inner.TokenType == JsonTokenType.StartArray ? ReadArray(ref inner) : throw new JsonException("Expected a JSON-encoded array.");
            default:
                throw new JsonException($"Expected a JSON-encoded string array, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        writer.WriteStringValue(JsonSerializer.Serialize(value));

    private static List<string> ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString() ?? "",
                JsonTokenType.Number => reader.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => throw new JsonException($"Unexpected {reader.TokenType} in a string array."),
            });
        }

        return items;
    }
}
