using Ito.Web.Markets;
using Microsoft.AspNetCore.Http;

namespace Ito.Web.Builder;

/// <summary>Everything the builder page shows, as its URL holds it: the market search and the basket being built.</summary>
public sealed record BuilderState(MarketSearchFilters Search, DraftBasket Draft)
{
    public const string Path = "/builder";

    /// <summary>Longer links are refused by some browsers and servers: past this the page answers the post in place.</summary>
    public const int MaxUrlLength = 6000;

    public static BuilderState Empty { get; } = new(MarketSearchFilters.Empty, DraftBasket.Empty);

    public string Url() => Path + QueryString.Create(Search.QueryParameters().Concat(Draft.QueryParameters()));

    public bool FitsInUrl => Url().Length <= MaxUrlLength;
}
