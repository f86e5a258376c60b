using Ito.Baskets.Data;
using Ito.Contracts.Baskets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Baskets;

/// <summary>
/// The basket list a caller may see (system, public and their own baskets), narrowed by <c>filter</c> and
/// <c>q</c>, ordered by <c>sort</c>, one page at a time.
/// </summary>
public sealed record BasketListQuery(string? Filter, string? Q, string? Sort, int? Page, int? Size)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    private static readonly string[] Filters = ["system", "custom", "mine", "public"];
    private static readonly string[] Sorts = ["name", "-name", "created", "-created", "legs", "-legs"];

    public void Validate(RuleViolations violations)
    {
        if (Filter is not null && !Filters.Contains(Filter)) violations.Add("filter", $"The filter must be one of {string.Join(", ", Filters)}.");
        if (Sort is not null && !Sorts.Contains(Sort)) violations.Add("sort", $"The sort must be one of {string.Join(", ", Sorts)}.");
        if (Page is < 1) violations.Add("page", "The page starts at 1.");
        if (Size is < 1 or > MaxSize) violations.Add("size", $"The size is 1 to {MaxSize}.");
        if (Q is { Length: > 200 }) violations.Add("q", "The search text is at most 200 characters.");
    }

    public async Task<BasketPage> RunAsync(BasketsDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var baskets = db.Baskets.AsNoTracking()
            .Where(b => b.Kind == BasketKind.System || b.Visibility == BasketVisibility.Public || b.OwnerId == userId);
        baskets = Filter switch
        {
            "system" => baskets.Where(b => b.Kind == BasketKind.System),
            "custom" => baskets.Where(b => b.Kind == BasketKind.Custom),
            "mine" => baskets.Where(b => b.OwnerId == userId),
            "public" => baskets.Where(b => b.Kind == BasketKind.Custom && b.Visibility == BasketVisibility.Public),
            _ => baskets,
        };
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = "%" + EscapeLike(Q.Trim()) + "%";
            baskets = baskets.Where(b => EF.Functions.ILike(b.Name, pattern, "\\")
                || (b.Description != null && EF.Functions.ILike(b.Description, pattern, "\\")));
        }

        var ordered = Sort switch
        {
            "name" => baskets.OrderBy(b => b.Name),
            "-name" => baskets.OrderByDescending(b => b.Name),
            "created" => baskets.OrderBy(b => b.CreatedAt),
            "legs" => baskets.OrderBy(b => b.Legs.Count),
            "-legs" => baskets.OrderByDescending(b => b.Legs.Count),
            _ => baskets.OrderByDescending(b => b.CreatedAt),
        };

        var page = Page ?? 1;
        var size = Size ?? DefaultSize;
        var total = await baskets.CountAsync(cancellationToken);
        var items = await ordered.ThenBy(b => b.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(b => new
            {
                b.Id, b.Kind, b.SystemNumber, b.Slug, b.Name, b.Description, b.Visibility, b.OwnerId,
                LegCount = b.Legs.Count, b.CreatedAt, b.UpdatedAt,
            })
            .ToListAsync(cancellationToken);

        return new BasketPage(
            items.Select(b => new BasketSummary(b.Id, Wire.Of(b.Kind), b.SystemNumber, b.Slug, b.Name, b.Description,
                Wire.Of(b.Visibility), b.OwnerId, b.LegCount, b.CreatedAt, b.UpdatedAt)).ToList(),
            page, size, total);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
