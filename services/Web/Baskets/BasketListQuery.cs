namespace Ito.Web.Baskets;

/// <summary>
/// The basket list's state as the page's URL holds it, mapped onto what GET /api/v1/baskets accepts
/// (filter system | custom | mine | public, q, sort, page, size): a shared link or the back button shows the same list.
/// </summary>
public sealed record BasketListQuery(string? Filter, string? Q, string? Sort, int Page)
{
    public const int PageSize = 20;

    /// <summary>The tabs, in order: the value the API takes (null = everything the caller may see) and its label.</summary>
    public static readonly IReadOnlyList<(string? Value, string Label)> Tabs =
        [(null, "All"), ("system", "System"), ("public", "Public"), ("mine", "Mine")];

    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
    [
        ("-created", "Newest first"), ("created", "Oldest first"), ("name", "Name A–Z"), ("-name", "Name Z–A"),
        ("-legs", "Most legs"), ("legs", "Fewest legs"),
    ];

    /// <summary>Only values the API knows are passed on; anything else in the URL is the default.</summary>
    public static BasketListQuery From(string? filter, string? q, string? sort, int? page) => new(
        Tabs.Any(t => t.Value is not null && t.Value == filter) ? filter : null,
        string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
        Sorts.Any(s => s.Value == sort) ? sort : null,
        page is > 0 ? page.Value : 1);

    public string ApiPath => "/api/v1/baskets" + QueryString(Page, PageSize);

    /// <summary>The list with another tab, from its first page, keeping the search and sort.</summary>
    public string TabLink(string? filter) => "/baskets" + (this with { Filter = filter, Page = 1 }).QueryString(1, null);

    /// <summary>Another page of the same list.</summary>
    public string PageLink(int page) => "/baskets" + QueryString(page, null);

    private string QueryString(int page, int? size)
    {
        var parts = new List<string>();
        if (Filter is not null) parts.Add("filter=" + Uri.EscapeDataString(Filter));
        if (Q is not null) parts.Add("q=" + Uri.EscapeDataString(Q));
        if (Sort is not null) parts.Add("sort=" + Uri.EscapeDataString(Sort));
        if (page > 1 || size is not null) parts.Add("page=" + page);
        if (size is not null) parts.Add("size=" + size);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
