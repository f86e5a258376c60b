using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Http;

/// <summary>One page of a list, with what the client needs to ask for the next.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int Size, int Total);

/// <summary>Page and size from the query string, validated: page from 1, size 1–100 (20 when left out).</summary>
public readonly record struct PageQuery(int Page, int Size)
{
    public const int MaxSize = 100;
    public const int DefaultSize = 20;

    public static PageQuery Read(int? page, int? size, FieldErrors errors)
    {
        if (page is < 1) errors.Add("page", "The page starts at 1.");
        if (size is < 1 or > MaxSize) errors.Add("size", $"The size is 1 to {MaxSize}.");
        return new PageQuery(page ?? 1, size ?? DefaultSize);
    }

    public async Task<ListPage<TOut>> ApplyAsync<TIn, TOut>(IQueryable<TIn> ordered, Func<TIn, TOut> map, CancellationToken cancellationToken)
        where TIn : class
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((Page - 1) * Size).Take(Size).AsNoTracking().ToListAsync(cancellationToken);
        return new ListPage<TOut>(items.Select(map).ToList(), Page, Size, total);
    }
}
