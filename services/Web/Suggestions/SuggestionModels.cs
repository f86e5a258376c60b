namespace Ito.Web.Suggestions;

/// <summary>
/// A suggestion as the API shows it (GET /api/v1/suggestions/mine, GET /api/v1/suggestions): kind <c>new-basket</c> |
/// <c>change-basket</c>, status <c>pending</c> | <c>approved</c> | <c>rejected</c>.
/// </summary>
public sealed record Suggestion(
    Guid Id,
    string Kind,
    Guid? BasketId,
    string? Name,
    string? Description,
    IReadOnlyList<SuggestedLeg> Add,
    IReadOnlyList<string> Remove,
    IReadOnlyList<SuggestedWeight> Weights,
    string Reason,
    string Status,
    Guid SubmittedBy,
    DateTimeOffset SubmittedAt,
    Guid? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewNotes,
    Guid? CreatedBasketId,
    IReadOnlyList<SuggestedMarket>? Markets)
{
    public bool IsNewBasket => Kind == "new-basket";

    public bool IsPending => Status == "pending";

    public string Title => IsNewBasket ? Name ?? "New basket" : "Change to a basket";

    /// <summary>The market's title as the baskets service knows it, or its id when it knows none.</summary>
    public string TitleOf(string marketId) => Markets?.FirstOrDefault(m => m.MarketId == marketId)?.Title ?? marketId;

    public string StatusText => Status switch
    {
        "pending" => "Pending review",
        "approved" => "Approved",
        "rejected" => "Rejected",
        _ => Status,
    };
}

public sealed record SuggestedLeg(string MarketId, string Side, decimal Weight);

public sealed record SuggestedWeight(string MarketId, decimal Weight);

public sealed record SuggestedMarket(string MarketId, string Title, string Venue, string? Status);

public sealed record SuggestionPage(IReadOnlyList<Suggestion> Items, int Page, int Size, int Total)
{
    public int Pages => Size <= 0 ? 1 : Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>POST /api/v1/suggestions/{id}/approve|reject: the admin's notes for the submitter.</summary>
public sealed record ReviewRequest(string? Notes);

public static class SuggestionStatuses
{
    public static readonly IReadOnlyList<string> All = ["pending", "approved", "rejected"];
}
