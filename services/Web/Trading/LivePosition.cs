using System.Text.Json;

namespace Ito.Web.Trading;

/// <summary>
/// What the browser needs to mark a basket position to market from the basket's price stream: each leg's market,
/// outcome, shares, cost basis and current outcome mark (null when unknown). <c>site.js</c> values a leg at
/// shares × mark and its unrealized P&amp;L at that minus its cost basis, as trading does.
/// </summary>
public static class LivePosition
{
    public sealed record Leg(string M, string O, decimal S, decimal C, decimal? K);

    public sealed record Data(IReadOnlyList<Leg> Legs);

    private static readonly JsonSerializerOptions Camel = new(JsonSerializerDefaults.Web);

    public static string Json(BasketPositionView position) => JsonSerializer.Serialize(
        new Data(position.Legs.Select(l => new Leg(l.MarketId, l.Outcome.ToLowerInvariant(), l.Shares, l.CostBasis, l.Mark)).ToList()), Camel);
}
