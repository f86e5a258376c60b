using System.Runtime.CompilerServices;

namespace Ito.Venues;

/// <summary>Follows a venue's cursor to the end. Venues mark the last page with an empty, null or omitted cursor.</summary>
public static class CursorPager
{
    public static async IAsyncEnumerable<T> FollowAsync<T, TPage>(
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IEnumerable<T>> items,
        Func<TPage, string?> nextCursor,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var page = await fetchPage(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in items(page))
            {
                yield return item;
            }

            cursor = nextCursor(page);
            // A cursor seen before would loop forever; treat it as the end rather than trust the venue.
            if (string.IsNullOrEmpty(cursor) || !seen.Add(cursor))
            {
                yield break;
            }
        }
    }
}
