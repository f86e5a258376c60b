namespace Ito.Trading.Tests.Infrastructure;

/// <summary>
/// The trading host with the stalled-order reconciler on a short clock. Every other test class runs it with its
/// defaults (a pass every 30 s, stalled after 2 min), so it never reaches into their orders.
/// </summary>
public sealed class ReconcilingTradingHost : TradingHost
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Well past a message's whole retry schedule, so a test sees every retry fail before a pass resumes the order.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromSeconds(15);

    public ReconcilingTradingHost()
    {
        ExtraSettings["Trading:Reconciler:Interval"] = Interval.ToString("c");
        ExtraSettings["Trading:Reconciler:StalledAfter"] = StalledAfter.ToString("c");
    }
}

/// <summary>Not in parallel with the other trading tests: the timings here mean something, and the machine is small.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReconcilingTradingCollection : ICollectionFixture<ReconcilingTradingHost>
{
    public const string Name = "trading against the simulator, with the reconciler on a short clock";
}
