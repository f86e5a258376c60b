using Ito.Pricing.Prices;
using Ito.Pricing.Streaming;
using Microsoft.Extensions.Options;

namespace Ito.Pricing.Tests.Unit;

public sealed class BasketPriceStreamTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static BasketPrice Price(Guid basket, decimal price, DateTimeOffset at) => new(basket, price, true, 1, at, []);

    [Fact]
    public void Ids_increase_per_basket_even_within_one_millisecond_and_replay_starts_after_the_last_seen()
    {
        var stream = new BasketPriceStream(Options.Create(new PricingOptions { StreamReplayCapacity = 3 }));
        var basket = Guid.NewGuid();
        stream.Publish(Price(basket, 0.1m, T0));
        stream.Publish(Price(basket, 0.2m, T0));
        stream.Publish(Price(basket, 0.3m, T0.AddSeconds(1)));
        stream.Publish(Price(basket, 0.4m, T0.AddSeconds(2)));

        using var all = stream.Subscribe(basket, null, out var remembered);
        Assert.Equal([0.2m, 0.3m, 0.4m], remembered.Select(e => e.Price.Price!.Value)); // capacity 3: the oldest is gone
        Assert.Equal(T0.ToUnixTimeMilliseconds() + 1, remembered[0].Id);

        using var resumed = stream.Subscribe(basket, remembered[0].Id, out var missed);
        Assert.Equal([0.3m, 0.4m], missed.Select(e => e.Price.Price!.Value));
    }

    [Fact]
    public void Subscribers_receive_later_changes_of_their_basket_only()
    {
        var stream = new BasketPriceStream(Options.Create(new PricingOptions()));
        var basket = Guid.NewGuid();
        using var subscription = stream.Subscribe(basket, null, out _);

        stream.Publish(Price(Guid.NewGuid(), 0.9m, T0));
        stream.Publish(Price(basket, 0.5m, T0));

        Assert.True(subscription.Reader.TryRead(out var change));
        Assert.Equal(0.5m, change.Price.Price);
        Assert.False(subscription.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Ending_a_baskets_subscriptions_closes_its_open_streams_but_keeps_its_ring_for_the_reconnect()
    {
        var stream = new BasketPriceStream(Options.Create(new PricingOptions()));
        var (basket, other) = (Guid.NewGuid(), Guid.NewGuid());
        using var ended = stream.Subscribe(basket, null, out _);
        using var untouched = stream.Subscribe(other, null, out _);
        stream.Publish(Price(basket, 0.5m, T0));

        stream.EndSubscriptions(basket);

        Assert.True(ended.Reader.TryRead(out _)); // what was already queued is still delivered
        Assert.False(await ended.Reader.WaitToReadAsync());
        stream.Publish(Price(other, 0.7m, T0));
        Assert.True(untouched.Reader.TryRead(out _));
        using var reconnected = stream.Subscribe(basket, null, out var replay);
        Assert.Equal([0.5m], replay.Select(e => e.Price.Price!.Value));
    }

    [Fact]
    public async Task Forgetting_a_deleted_basket_ends_its_streams_and_its_ring()
    {
        var stream = new BasketPriceStream(Options.Create(new PricingOptions()));
        var basket = Guid.NewGuid();
        using var open = stream.Subscribe(basket, null, out _);
        stream.Publish(Price(basket, 0.5m, T0));

        stream.Forget(basket);

        Assert.True(open.Reader.TryRead(out _));
        Assert.False(await open.Reader.WaitToReadAsync());
        using var later = stream.Subscribe(basket, null, out var replay);
        Assert.Empty(replay);
    }
}
