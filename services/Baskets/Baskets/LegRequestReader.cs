using System.Text.Json;
using Ito.Contracts;

namespace Ito.Baskets.Baskets;

/// <summary>A leg as a request sends it: every field loosely typed, so a wrong one is named rather than unreadable.</summary>
public sealed record LegRequest(string? MarketId, string? Side, JsonElement? Weight);

/// <summary>
/// Reads the request's shape (market ids, sides, weights as numbers); the basket then judges the content.
/// A weight arrives as any JSON value because <c>"NaN"</c>, <c>"Infinity"</c> or <c>"abc"</c> must come back as
/// an error on that leg's weight, not as an unreadable body.
/// </summary>
public static class LegRequestReader
{
    public static List<ProposedLeg> Read(IReadOnlyList<LegRequest?>? legs, string field, RuleViolations violations)
    {
        var read = new List<ProposedLeg>();
        for (var i = 0; i < (legs?.Count ?? 0); i++)
        {
            var leg = legs![i];
            var at = $"{field}[{i}]";
            if (leg is null)
            {
                violations.Add(at, "The leg is required.");
                continue;
            }
            var marketId = ReadMarketId(leg.MarketId, $"{at}.marketId", violations);
            var side = ReadSide(leg.Side, $"{at}.side", violations);
            var weight = ReadWeight(leg.Weight, $"{at}.weight", violations);
            if (marketId is { } m && side is { } s && weight is { } w) read.Add(new ProposedLeg(m, s, w));
        }
        return read;
    }

    public static MarketId? ReadMarketId(string? value, string field, RuleViolations violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(field, "The market id is required.");
            return null;
        }
        if (!MarketId.TryParse(value, out var id))
        {
            violations.Add(field, "The market id must read venue:id, e.g. kalshi:KXFED-25DEC-T4.25 or polymarket:0x….");
            return null;
        }
        return id;
    }

    public static Side? ReadSide(string? value, string field, RuleViolations violations)
    {
        // Only the words: Enum.TryParse would also take "0" or "1".
        if (string.Equals(value, "yes", StringComparison.OrdinalIgnoreCase)) return Side.Yes;
        if (string.Equals(value, "no", StringComparison.OrdinalIgnoreCase)) return Side.No;
        violations.Add(field, value is null ? "The side is required (YES or NO)." : "The side must be YES or NO.");
        return null;
    }

    /// <summary>
    /// A finite JSON number; whether it is greater than 0 is the basket's rule. NaN and the infinities cannot be a
    /// <see cref="decimal"/>, so they are refused here.
    /// </summary>
    public static decimal? ReadWeight(JsonElement? value, string field, RuleViolations violations)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            violations.Add(field, "The weight is required.");
            return null;
        }
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var weight)) return weight;
        violations.Add(field, "The weight must be a finite number greater than 0.");
        return null;
    }
}
