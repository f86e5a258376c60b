namespace Ito.Pricing.Backfill;

/// <summary>Wakes the backfill worker when a job is queued, so it need not wait for its next poll.</summary>
public sealed class BackfillSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every job queued meanwhile.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
