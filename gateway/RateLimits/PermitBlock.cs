namespace Ito.Gateway.RateLimits;

/// <summary>
/// How many permits an instance takes from the ledger at once: enough that a busy key rarely waits on Redis, few
/// enough that what one instance holds unused (and so denies the others until it gives them back) stays small.
/// Blocks shrink as the hour's total nears the limit, down to one permit at a time at the very end.
/// </summary>
public static class PermitBlock
{
    /// <summary>A block takes at most this share of what is left of the hour's limit.</summary>
    private const int HeadroomShare = 8;

    public static int SizeFor(int limit, long takenThisHour, int maxBlock)
    {
        var headroom = limit - takenThisHour;
        return (int)Math.Clamp(headroom / HeadroomShare, 1, Math.Max(1, maxBlock));
    }

    /// <summary>Whether to fetch the next block now, while this one still covers the requests already on the way.</summary>
    public static bool ShouldRefill(int held, int lastBlockSize) => held <= lastBlockSize / 2;
}
