using Ito.Testing;

namespace Ito.MarketIngestion.Tests.Infrastructure;

/// <summary>
/// A test class syncing from its own seeded simulator into its own database: the simulator starts with its universe
/// before the tests, ingestion is hosted against it, and both stop afterwards.
/// </summary>
public abstract class SimulatorSyncTest(IsolatedInfrastructure infrastructure, ulong seed, int marketCount) : IAsyncLifetime
{
    protected SimulatorHost Simulator { get; private set; } = null!;

    protected IngestionFactory Ingestion { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Simulator = new SimulatorHost(seed, marketCount);
        await Simulator.UniverseAsync();
        Ingestion = new IngestionFactory(infrastructure, Simulator);
    }

    public async Task DisposeAsync()
    {
        await Ingestion.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
