namespace Ito.Trading.Orders;

/// <summary>
/// Section <c>Trading:Reconciler</c>: how often <see cref="StalledOrderReconciler"/> looks for orders nothing is
/// driving any more, how long an order must have stood still to count, and how many it resumes per pass.
/// </summary>
public sealed class StalledOrderReconcilerOptions
{
    public static readonly TimeSpan MaxInterval = TimeSpan.FromHours(1);

    public const int MaxBatchSize = 500;

    /// <summary>Pause between two passes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An order counts as stalled once its last transition is this old. Well beyond a message's whole retry schedule
    /// (seconds), so orders still being retried are left to their redeliveries rather than raced for.
    /// </summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Orders resumed per pass, one after another; the next pass goes on where a full batch stopped.</summary>
    public int BatchSize { get; set; } = 20;

    public bool IsValid => Interval > TimeSpan.Zero && Interval <= MaxInterval && StalledAfter > TimeSpan.Zero && BatchSize is >= 1 and <= MaxBatchSize;
}
