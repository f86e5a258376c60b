using System.Globalization;
using Ito.ExchangeSimulator.Universe;
using Microsoft.Extensions.Primitives;

namespace Ito.ExchangeSimulator.Polymarket.Gamma;

/// <summary>Gamma query parameters: repeated or comma-separated list filters, <c>closed</c> defaulting to false.</summary>
internal sealed class GammaQuery(IQueryCollection q)
{
    public static int? Int(StringValues raw) =>
        int.TryParse(raw.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static HashSet<string>? Set(IQueryCollection q, params string[] names)
    {
        var values = names.SelectMany(n => q[n].AsEnumerable())
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return values.Count == 0 ? null : values;
    }

    /// <summary>Gamma defaults <c>closed</c> to false since April 2026: open markets only unless asked.</summary>
    public bool Closed => bool.TryParse(q["closed"].ToString(), out var closed) && closed;

    public bool IncludeTag => bool.TryParse(q["include_tag"].ToString(), out var include) && include;

    public Func<SimMarket, bool> MarketFilter()
    {
        var closed = Closed;
        var ids = Set(q, "id", "id[]");
        var conditions = Set(q, "condition_ids", "condition_ids[]");
        var tokens = Set(q, "clob_token_ids", "clob_token_ids[]");
        var slugs = Set(q, "slug", "slug[]");
        var tag = q["tag_id"].ToString();
        // An explicit id/slug/condition/token lookup finds the market whatever its closed state, as on Gamma.
        var explicitLookup = ids is not null || conditions is not null || tokens is not null || slugs is not null;
        return m => (explicitLookup && !q.ContainsKey("closed") || IsClosed(m) == closed)
            && (ids is null || ids.Contains(m.Id))
            && (conditions is null || conditions.Contains(m.ConditionId))
            && (tokens is null || tokens.Contains(m.YesTokenId) || tokens.Contains(m.NoTokenId))
            && (slugs is null || slugs.Contains(m.Slug))
            && (tag.Length == 0 || m.Event.Theme.GammaTags.Any(t => t.Id == tag));
    }

    public Func<SimEvent, bool> EventFilter()
    {
        var closed = Closed;
        var ids = Set(q, "id", "id[]");
        var slugs = Set(q, "slug", "slug[]");
        var tag = q["tag_id"].ToString();
        var explicitLookup = ids is not null || slugs is not null;
        return e => e.Markets.Any(m => !m.Removed)
            && (explicitLookup && !q.ContainsKey("closed") || IsClosed(e.Phase) == closed)
            && (ids is null || ids.Contains(e.Id))
            && (slugs is null || slugs.Contains(e.Slug))
            && (tag.Length == 0 || e.Theme.GammaTags.Any(t => t.Id == tag));
    }

    public static bool IsClosed(SimMarket m) => IsClosed(m.Phase);

    public static bool IsClosed(MarketPhase phase) => phase is MarketPhase.Closed or MarketPhase.Settled;

    /// <summary>Sort key for <c>order=</c>; unknown fields fall back to id order.</summary>
    public static Func<SimMarket, IComparable>? MarketOrder(string field) => field switch
    {
        "volume" or "volumeNum" => m => m.State.Volume,
        "volume24hr" => m => m.State.Volume24h,
        "liquidity" or "liquidityNum" => m => m.State.OpenInterest,
        "endDate" or "end_date" => m => m.Close,
        "startDate" or "start_date" => m => m.Open,
        "createdAt" => m => m.Created,
        "id" => m => m.Seq,
        _ => null,
    };
}
