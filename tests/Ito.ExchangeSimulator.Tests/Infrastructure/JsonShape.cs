using System.Text.Json;

namespace Ito.ExchangeSimulator.Tests.Infrastructure;

/// <summary>
/// Field-for-field shape comparison: every property of the venue sample must exist in the simulator's object with
/// the same JSON kind (null in the sample allows anything); arrays compare their elements with the simulator's first.
/// </summary>
public static class JsonShape
{
    public static void AssertMatches(JsonElement sample, JsonElement actual, string path = "$")
    {
        var problems = new List<string>();
        Compare(sample, actual, path, problems);
        Assert.True(problems.Count == 0, "Shape differs from the venue sample:\n" + string.Join("\n", problems));
    }

    private static void Compare(JsonElement sample, JsonElement actual, string path, List<string> problems)
    {
        if (sample.ValueKind == JsonValueKind.Null) return;
        if (Kind(sample) != Kind(actual))
        {
            problems.Add($"{path}: sample is {sample.ValueKind}, simulator gave {actual.ValueKind}");
            return;
        }
        switch (sample.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in sample.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var value)) problems.Add($"{path}.{property.Name}: missing");
                    else Compare(property.Value, value, $"{path}.{property.Name}", problems);
                }
                break;
            case JsonValueKind.Array:
                if (sample.GetArrayLength() == 0) break;
                if (actual.GetArrayLength() == 0)
                {
                    problems.Add($"{path}: sample has elements, simulator array is empty");
                    break;
                }
                var first = actual[0];
                var i = 0;
                foreach (var element in sample.EnumerateArray()) Compare(element, first, $"{path}[{i++}]", problems);
                break;
        }
    }

    private static JsonValueKind Kind(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? JsonValueKind.True : e.ValueKind;
}
