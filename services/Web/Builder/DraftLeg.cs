using System.Globalization;

namespace Ito.Web.Builder;

/// <summary>
/// One leg of the basket being built: a market, a side (<c>YES</c> | <c>NO</c>) and the weight as the user typed it.
/// The weight stays text so a wrong one ("0", "abc") reaches the API and comes back with the API's own message.
/// In a link a leg reads <c>{marketId}~{side}~{weight}</c>, e.g. <c>kalshi:KXFED-25DEC~YES~2</c>; it is split from
/// the right, so a market id is taken whole whatever characters it holds.
/// </summary>
public sealed record DraftLeg(string MarketId, string Side, string Weight)
{
    public const string Yes = "YES";
    public const string No = "NO";
    public const string DefaultWeight = "1";
    public const int MaxMarketIdLength = 220;
    public const int MaxWeightLength = 40;
    private const char Separator = '~';

    public string Venue => Markets.MarketVenues.OfMarketId(MarketId);

    public bool IsYes => Side == Yes;

    /// <summary>The weight as a number, when it is one.</summary>
    public decimal? WeightValue =>
        decimal.TryParse(Weight, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    public string Encode() => $"{MarketId}{Separator}{Side}{Separator}{Weight}";

    public static bool TryDecode(string? text, out DraftLeg? leg)
    {
        leg = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var weightAt = text.LastIndexOf(Separator);
        if (weightAt <= 0) return false;
        var sideAt = text.LastIndexOf(Separator, weightAt - 1);
        if (sideAt <= 0) return false;
        return TryCreate(text[..sideAt], text[(sideAt + 1)..weightAt], text[(weightAt + 1)..], out leg);
    }

    /// <summary>A leg from its three parts, or false when the market id or side cannot be one.</summary>
    public static bool TryCreate(string? marketId, string? side, string? weight, out DraftLeg? leg)
    {
        leg = null;
        var id = marketId?.Trim();
        if (!LooksLikeMarketId(id)) return false;
        var normalizedSide = side?.Trim().ToUpperInvariant() switch
        {
            Yes => Yes,
            No => No,
            _ => null,
        };
        if (normalizedSide is null) return false;
        var weightText = weight?.Trim() ?? "";
        if (weightText.Length == 0) weightText = DefaultWeight;
        if (weightText.Length > MaxWeightLength || weightText.Contains(Separator)) return false;
        var colon = id!.IndexOf(':', StringComparison.Ordinal);
        leg = new DraftLeg(id[..colon].ToLowerInvariant() + id[colon..], normalizedSide, weightText);
        return true;
    }

    /// <summary>venue:id with a known venue and no spaces; whether the market exists is the API's to say.</summary>
    public static bool LooksLikeMarketId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxMarketIdLength || id.Any(char.IsWhiteSpace)) return false;
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1) return false;
        var venue = id[..colon];
        return venue.Equals("kalshi", StringComparison.OrdinalIgnoreCase) || venue.Equals("polymarket", StringComparison.OrdinalIgnoreCase);
    }
}
