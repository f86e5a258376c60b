namespace Ito.Web.Builder;

/// <summary>
/// What the basket would cost now: each leg's share times its side's price (a NO costs 1 − the YES price), summed.
/// Incomplete, rather than a wrong number, when a leg has no price or a weight is not yet valid.
/// </summary>
public sealed record PricePreview(decimal? Price, int PricedLegs, int Legs)
{
    public bool IsComplete => Price is not null;

    public static decimal SidePrice(string side, decimal yesPrice) => side == DraftLeg.No ? 1 - yesPrice : yesPrice;

    public static PricePreview Of(DraftBasket draft, Func<string, decimal?> yesPriceOf)
    {
        var shares = draft.Shares();
        var prices = draft.Legs.Select(l => yesPriceOf(l.MarketId) is { } yes ? SidePrice(l.Side, yes) : (decimal?)null).ToList();
        var priced = prices.Count(p => p is not null);
        if (shares is null || priced < draft.Legs.Count) return new PricePreview(null, priced, draft.Legs.Count);
        return new PricePreview(shares.Select((share, i) => share * prices[i]!.Value).Sum(), priced, draft.Legs.Count);
    }
}
