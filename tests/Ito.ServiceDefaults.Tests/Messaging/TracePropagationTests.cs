using System.Diagnostics;
using Ito.Testing;

namespace Ito.ServiceDefaults.Tests.Messaging;

/// <summary>
/// The trace of the request that saved an event continues through the outbox, RabbitMQ and the consumer, so the
/// dashboard shows one trace from the gateway to the consumer's effect.
/// </summary>
public sealed class TracePropagationTests(IsolatedInfrastructure infrastructure) : IClassFixture<IsolatedInfrastructure>, IDisposable
{
    private static readonly ActivitySource Request = new("Ito.Tests.Request");

    // Tracing is on only while something listens, as the OpenTelemetry SDK does in the services.
    private readonly ActivityListener listener = new()
    {
        ShouldListenTo = _ => true,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    [Fact]
    public async Task The_consumer_runs_in_the_trace_of_the_request_that_saved_the_event()
    {
        ActivitySource.AddActivityListener(listener);
        await using var host = await OutboxTestHost.StartAsync(infrastructure);

        Guid noteId;
        ActivityTraceId requestTrace;
        using (var request = Request.StartActivity("POST /notes", ActivityKind.Server))
        {
            Assert.NotNull(request);
            requestTrace = request.TraceId;
            noteId = await host.AddNoteAsync("traced");
        }

        await Eventually.TrueAsync(() => Task.FromResult(host.Attempts.TraceOf(noteId) is not null), TimeSpan.FromSeconds(30), "the consumer to run");
        Assert.Equal(requestTrace, host.Attempts.TraceOf(noteId));
    }

    public void Dispose() => listener.Dispose();
}
