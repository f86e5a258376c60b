using Ito.Gateway.RateLimits;

namespace Ito.Identity.Tests.Gateway;

public sealed class PermitBlockTests
{
    [Theory]
    [InlineData(1000, 0, 20, 20)]   // a fresh default key: a full block
    [InlineData(1000, 900, 20, 12)] // a hundred left: an eighth of it
    [InlineData(1000, 990, 20, 1)]  // the last few: one at a time
    [InlineData(3, 0, 20, 1)]       // tiny limits never take ahead of need
    [InlineData(100, 100, 20, 1)]   // exhausted: ask for one, the ledger grants none
    [InlineData(100_000, 0, 20, 20)]
    public void Blocks_shrink_as_the_hour_nears_its_limit(int limit, long taken, int maxBlock, int expected) =>
        Assert.Equal(expected, PermitBlock.SizeFor(limit, taken, maxBlock));

    [Theory]
    [InlineData(10, 20, true)]
    [InlineData(11, 20, false)]
    [InlineData(0, 1, true)]
    public void The_next_block_is_fetched_once_half_of_this_one_is_spent(int held, int blockSize, bool expected) =>
        Assert.Equal(expected, PermitBlock.ShouldRefill(held, blockSize));
}
