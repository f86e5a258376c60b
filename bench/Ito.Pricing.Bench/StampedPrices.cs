using System.Diagnostics;
using System.Threading.Channels;

namespace Ito.Pricing.Bench;

/// <summary>One price event as a reader saw it: when it arrived (Stopwatch timestamp) and the price's as-of time.</summary>
internal readonly record struct ReceivedPrice(long ReceivedAt, DateTimeOffset AsOf);

/// <summary>
/// Price events stamped by a reader loop the moment they arrive, waited for by as-of. Both ends of the split figure
/// (pricing's in-process stream and the SSE client) stamp this way, so both suffer the same scheduling delay.
/// </summary>
internal sealed class StampedPrices
{
    private readonly Channel<ReceivedPrice> received = Channel.CreateUnbounded<ReceivedPrice>(new UnboundedChannelOptions { SingleReader = true });

    public void Arrived(DateTimeOffset asOf) => received.Writer.TryWrite(new ReceivedPrice(Stopwatch.GetTimestamp(), asOf));

    public void Ended() => received.Writer.TryComplete();

    /// <summary>Waits for the event carrying <paramref name="asOf"/>, skipping older ones; null on timeout or end.</summary>
    public async Task<ReceivedPrice?> WaitForAsync(DateTimeOffset asOf, TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var price = await received.Reader.ReadAsync(wait.Token);
                if (price.AsOf == asOf) return price;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            return null;
        }
    }
}
