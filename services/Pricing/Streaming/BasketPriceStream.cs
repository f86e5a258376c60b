using System.Collections.Concurrent;
using System.Threading.Channels;
using Ito.Pricing.Prices;
using Microsoft.Extensions.Options;

namespace Ito.Pricing.Streaming;

/// <summary>One price change as a stream sends it; <see cref="Id"/> grows with every change of that basket.</summary>
public sealed record PriceChangeEvent(long Id, BasketPrice Price);

/// <summary>
/// In-process fan-out of basket price changes to SSE subscribers, fed by the recompute path. Each basket keeps its
/// last changes in a ring so a client reconnecting with <c>Last-Event-ID</c> gets what it missed. Ids are the
/// change's as-of time in Unix milliseconds, bumped by one when two changes share a millisecond: they survive a
/// restart (a client's id still orders against new ones) and always increase per basket.
/// </summary>
public sealed class BasketPriceStream(IOptions<PricingOptions> options)
{
    private readonly ConcurrentDictionary<Guid, Topic> topics = new();
    private readonly int capacity = Math.Max(1, options.Value.StreamReplayCapacity);

    public void Publish(BasketPrice price) => topics.GetOrAdd(price.BasketId, _ => new Topic(capacity)).Publish(price);

    /// <summary>The basket is gone: its open streams end (a reconnect then gets 404) and its ring is dropped.</summary>
    public void Forget(Guid basketId)
    {
        if (topics.TryRemove(basketId, out var topic)) topic.EndSubscriptions();
    }

    /// <summary>
    /// Ends the basket's open streams but keeps its ring: who may read the basket changed, and a stream is only
    /// checked when it opens, so every reader must reconnect (with <c>Last-Event-ID</c>, losing nothing) to be checked again.
    /// </summary>
    public void EndSubscriptions(Guid basketId)
    {
        if (topics.TryGetValue(basketId, out var topic)) topic.EndSubscriptions();
    }

    /// <summary>
    /// Subscribes to a basket's changes. <paramref name="replay"/> holds the remembered changes after
    /// <paramref name="lastEventId"/> (all remembered ones when null), oldest first. Dispose to unsubscribe.
    /// </summary>
    public Subscription Subscribe(Guid basketId, long? lastEventId, out IReadOnlyList<PriceChangeEvent> replay) =>
        topics.GetOrAdd(basketId, _ => new Topic(capacity)).Subscribe(lastEventId, out replay);

    public sealed class Subscription(Topic topic, Channel<PriceChangeEvent> channel) : IDisposable
    {
        public ChannelReader<PriceChangeEvent> Reader => channel.Reader;

        public void Dispose() => topic.Unsubscribe(channel);
    }

    public sealed class Topic(int capacity)
    {
        private readonly Lock gate = new();
        private readonly Queue<PriceChangeEvent> ring = new();
        private readonly List<Channel<PriceChangeEvent>> subscribers = [];
        private long lastId;

        public void Publish(BasketPrice price)
        {
            lock (gate)
            {
                lastId = Math.Max(price.AsOf.ToUnixTimeMilliseconds(), lastId + 1);
                var change = new PriceChangeEvent(lastId, price);
                ring.Enqueue(change);
                while (ring.Count > capacity) ring.Dequeue();
                foreach (var subscriber in subscribers) subscriber.Writer.TryWrite(change);
            }
        }

        public Subscription Subscribe(long? lastEventId, out IReadOnlyList<PriceChangeEvent> replay)
        {
            // A slow reader loses its oldest unread changes rather than holding memory for ever; the newest wins.
            var channel = Channel.CreateBounded<PriceChangeEvent>(new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
            });
            lock (gate)
            {
                replay = ring.Where(e => lastEventId is null || e.Id > lastEventId).ToArray();
                subscribers.Add(channel);
            }
            return new Subscription(this, channel);
        }

        public void EndSubscriptions()
        {
            Channel<PriceChangeEvent>[] ended;
            lock (gate)
            {
                ended = [.. subscribers];
                subscribers.Clear();
            }
            foreach (var channel in ended) channel.Writer.TryComplete();
        }

        public void Unsubscribe(Channel<PriceChangeEvent> channel)
        {
            lock (gate) subscribers.Remove(channel);
            channel.Writer.TryComplete();
        }
    }
}
