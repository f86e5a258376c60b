using System.Diagnostics;
using Ito.Gateway.Auth;
using Ito.Identity.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.Identity.Tests.Gateway;

/// <summary>The two cache tiers against the harness gateway's real Redis: what is forgotten stays forgotten.</summary>
[Collection(FrontDoorCollection.Name)]
public sealed class CredentialCacheTests(GatewayHarness harness)
{
    private readonly SharedCredentialStore shared = harness.GatewayServices.GetRequiredService<SharedCredentialStore>();
    private readonly VerifiedCredentialCache cache = harness.GatewayServices.GetRequiredService<VerifiedCredentialCache>();

    private static CachedCaller SomeCaller() =>
        new(Guid.NewGuid(), "someone", false, ["markets:read"], Guid.NewGuid(), 1000, DateTimeOffset.UtcNow.AddDays(1));

    private static string SomeHash() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());

    [Fact]
    public async Task A_verification_that_finishes_after_the_credential_was_forgotten_cannot_cache_it_again()
    {
        var hash = SomeHash();
        Assert.True(await shared.StoreAsync(hash, SomeCaller()));
        Assert.NotNull(await shared.FindAsync(hash));

        await cache.ForgetAsync(hash);
        await cache.StoreAsync(hash, SomeCaller()); // identity's answer from before the revocation, arriving late

        Assert.Null(await shared.FindAsync(hash));
        Assert.Null(await cache.FindAsync(hash));
    }

    [Fact]
    public async Task A_copy_in_memory_kept_busy_still_ends_within_the_ttl_once_redis_forgot_the_credential()
    {
        var hash = SomeHash();
        var caller = SomeCaller();
        await cache.StoreAsync(hash, caller);
        Assert.Equal(caller, await cache.FindAsync(hash));

        // As when another instance handled the logout: Redis forgets, no message reaches this instance's memory.
        await shared.ForgetAsync(hash);
        var clock = Stopwatch.StartNew();
        while (await cache.FindAsync(hash) is not null)
        {
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2.5));
            await Task.Delay(20);
        }
    }
}
