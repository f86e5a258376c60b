using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ito.Venues.Json;

/// <summary>Serializer settings shared by every venue model: names come from [JsonPropertyName], unknown fields are ignored.</summary>
public static class VenueJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
    };
}
