using System.Globalization;
using Ito.ExchangeSimulator.Auth;
using Ito.ExchangeSimulator.Universe;
using Microsoft.Extensions.Primitives;

namespace Ito.ExchangeSimulator.Polymarket.Data;

/// <summary>
/// The Data API's <c>GET /trades</c> parameters: <c>limit</c> (0–10000, default 100), <c>offset</c> (0–10000),
/// <c>takerOnly</c> (default true), <c>filterType</c> (CASH|TOKENS) with <c>filterAmount</c> (≥ 0; one needs the
/// other), <c>market</c> (condition ids) or <c>eventId</c> (event ids) — never both —, <c>user</c>, <c>side</c> (BUY|SELL).
/// </summary>
internal sealed record DataTradesQuery
{
    private const int MaxLimit = 10_000;
    private const int MaxOffset = 10_000;

    public int Limit { get; private init; } = 100;
    public int Offset { get; private init; }
    public bool TakerOnly { get; private init; } = true;
    public string? FilterType { get; private init; }
    public decimal FilterAmount { get; private init; }
    public IReadOnlySet<string>? ConditionIds { get; private init; }
    public IReadOnlySet<string>? EventIds { get; private init; }
    public string? User { get; private init; }
    public string? Side { get; private init; }

    public static DataTradesQuery? Parse(IQueryCollection q, out string error)
    {
        error = "";
        var query = new DataTradesQuery();
        if (q["limit"].ToString() is { Length: > 0 } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit > MaxLimit)
                return Fail($"limit must be an integer between 0 and {MaxLimit}", out error);
            query = query with { Limit = limit };
        }
        if (q["offset"].ToString() is { Length: > 0 } offsetText)
        {
            if (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset > MaxOffset)
                return Fail($"offset must be an integer between 0 and {MaxOffset}", out error);
            query = query with { Offset = offset };
        }
        if (q["takerOnly"].ToString() is { Length: > 0 } takerOnlyText)
        {
            if (!bool.TryParse(takerOnlyText, out var takerOnly)) return Fail("takerOnly must be true or false", out error);
            query = query with { TakerOnly = takerOnly };
        }

        var filterType = q["filterType"].ToString();
        var filterAmount = q["filterAmount"].ToString();
        if ((filterType.Length == 0) != (filterAmount.Length == 0)) return Fail("filterType and filterAmount must be provided together", out error);
        if (filterType.Length > 0)
        {
            if (filterType is not ("CASH" or "TOKENS")) return Fail("filterType must be CASH or TOKENS", out error);
            if (!decimal.TryParse(filterAmount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                return Fail("filterAmount must be a number >= 0", out error);
            query = query with { FilterType = filterType, FilterAmount = amount };
        }

        var markets = List(q["market"]);
        var events = List(q["eventId"]);
        if (markets is not null && events is not null) return Fail("market and eventId are mutually exclusive", out error);
        if (markets?.FirstOrDefault(m => !IsConditionId(m)) is { } badMarket)
            return Fail($"invalid market '{badMarket}': expected a 0x-prefixed 64-hex condition id", out error);
        if (events?.FirstOrDefault(e => !long.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out _)) is { } badEvent)
            return Fail($"invalid eventId '{badEvent}': expected an integer", out error);

        var user = q["user"].ToString();
        if (user.Length > 0 && !Eip712.IsAddress(user)) return Fail("user must be a 0x-prefixed 40-hex address", out error);
        var side = q["side"].ToString();
        if (side.Length > 0 && side is not ("BUY" or "SELL")) return Fail("side must be BUY or SELL", out error);

        return query with
        {
            ConditionIds = markets?.ToHashSet(StringComparer.OrdinalIgnoreCase),
            EventIds = events?.ToHashSet(StringComparer.Ordinal),
            User = user.Length > 0 ? user : null,
            Side = side.Length > 0 ? side : null,
        };
    }

    /// <summary>Whether trades of <paramref name="market"/> are asked for at all.</summary>
    public bool Covers(SimMarket market) =>
        (ConditionIds is null || ConditionIds.Contains(market.ConditionId)) && (EventIds is null || EventIds.Contains(market.Event.Id));

    public bool Accepts(DataTradeRow row) =>
        (User is null || Eip712.SameAddress(User, row.Wallet))
        && (Side is null || Side == row.Side)
        && FilterType switch
        {
            "CASH" => row.Size * row.Price >= FilterAmount,
            "TOKENS" => row.Size >= FilterAmount,
            _ => true,
        };

    /// <summary>Comma-separated values, the parameter possibly repeated; null when absent.</summary>
    private static List<string>? List(StringValues values)
    {
        var items = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return items.Count > 0 ? items : null;
    }

    private static bool IsConditionId(string value) =>
        value.Length == 66 && value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && value[2..].All(char.IsAsciiHexDigit);

    private static DataTradesQuery? Fail(string message, out string error)
    {
        error = message;
        return null;
    }
}
