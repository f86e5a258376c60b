using Ito.Contracts.Identity;
using Ito.Identity.ApiKeys;

namespace Ito.Identity.Tests.Unit;

public sealed class ApiKeyFormatTests
{
    [Fact]
    public void Minted_keys_are_well_formed_distinct_and_stored_only_as_hash_and_prefix()
    {
        var now = DateTimeOffset.UtcNow;
        var (live, liveSecret) = ApiKey.Create(Guid.NewGuid(), "k", ["markets:read"], ApiKeyMode.Live, 1000, null, now);
        var (test, testSecret) = ApiKey.Create(Guid.NewGuid(), "k", ["markets:read"], ApiKeyMode.Test, 1000, null, now);

        Assert.StartsWith("bkt_live_", liveSecret);
        Assert.StartsWith("bkt_test_", testSecret);
        Assert.True(ApiKeyFormat.IsWellFormed(liveSecret));
        Assert.NotEqual(liveSecret[9..], testSecret[9..]);
        Assert.Equal(CredentialHash.Of(liveSecret), live.KeyHash);
        Assert.Equal(liveSecret[..ApiKeyFormat.VisiblePrefixLength], live.Prefix);
        Assert.DoesNotContain(liveSecret[ApiKeyFormat.VisiblePrefixLength..], live.KeyHash + live.Prefix);
        Assert.Equal(64, test.KeyHash.Length);
    }

    [Theory]
    [InlineData("bkt_live_0123456789abcdefghijABCDEFGHIJ01", true)]
    [InlineData("bkt_test_0123456789abcdefghijABCDEFGHIJ01", true)]
    [InlineData("bkt_live_0123456789abcdefghijABCDEFGHI", false)]
    [InlineData("bkt_prod_0123456789abcdefghijABCDEFGHIJ01", false)]
    [InlineData("bkt_live_0123456789abcdefghij-BCDEFGHIJ01", false)]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.sig", false)]
    [InlineData("", false)]
    public void The_gateway_recognises_only_the_key_shape(string candidate, bool wellFormed) =>
        Assert.Equal(wellFormed, ApiKeyFormat.IsWellFormed(candidate));

    [Fact]
    public void Revoking_twice_announces_once()
    {
        var (key, _) = ApiKey.Create(Guid.NewGuid(), "k", ["markets:read"], ApiKeyMode.Live, 10, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow);
        Assert.True(key.IsUsable(DateTimeOffset.UtcNow));
        Assert.True(key.Revoke(DateTimeOffset.UtcNow));
        Assert.False(key.Revoke(DateTimeOffset.UtcNow));
        Assert.False(key.IsUsable(DateTimeOffset.UtcNow));
        Assert.False(ApiKey.Create(Guid.NewGuid(), "k", ["markets:read"], ApiKeyMode.Live, 10, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow).Key.IsUsable(DateTimeOffset.UtcNow));
    }
}
