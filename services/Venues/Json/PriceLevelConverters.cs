using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ito.Venues.Json;

/// <summary>CLOB book sides: <c>[{"price":"0.45","size":"100"}]</c>, order kept exactly as sent.</summary>
public sealed class ObjectPriceLevelListConverter : JsonConverter<IReadOnlyList<PriceLevel>>
{
    private static readonly DecimalStringConverter Decimal = new();

    public override bool HandleNull => true;

    public override IReadOnlyList<PriceLevel> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        var levels = new List<PriceLevel>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            decimal price = 0, size = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "price": price = Decimal.Read(ref reader, typeof(decimal), options); break;
                    case "size": size = Decimal.Read(ref reader, typeof(decimal), options); break;
                    default: reader.Skip(); break;
                }
            }

            levels.Add(new PriceLevel(price, size));
        }

        return levels;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<PriceLevel> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var level in value)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("price");
            Decimal.Write(writer, level.Price, options);
            writer.WritePropertyName("size");
            Decimal.Write(writer, level.Size, options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type}, got {reader.TokenType}.");
        }
    }
}

/// <summary>Kalshi book sides: <c>[["0.4500","100.00"], …]</c> (price in dollars, count), order kept exactly as sent.</summary>
public sealed class PairPriceLevelListConverter : JsonConverter<IReadOnlyList<PriceLevel>>
{
    private static readonly DecimalStringConverter Decimal = new();

    public override bool HandleNull => true;

    public override IReadOnlyList<PriceLevel> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        var levels = new List<PriceLevel>();
        ObjectPriceLevelListConverter.Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ObjectPriceLevelListConverter.Expect(ref reader, JsonTokenType.StartArray);
            reader.Read();
            var price = Decimal.Read(ref reader, typeof(decimal), options);
            reader.Read();
            var size = Decimal.Read(ref reader, typeof(decimal), options);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                reader.Skip();
            }

            levels.Add(new PriceLevel(price, size));
        }

        return levels;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<PriceLevel> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var level in value)
        {
            writer.WriteStartArray();
            Decimal.Write(writer, level.Price, options);
            Decimal.Write(writer, level.Size, options);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
