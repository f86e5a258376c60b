using Ito.Contracts;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;
using Ito.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ito.ServiceDefaults.Tests.Messaging;

/// <summary>A running service built exactly like the real ones: ServiceDefaults' database, outbox, bus and inbox.</summary>
public sealed class OutboxTestHost : IAsyncDisposable
{
    private readonly IHost host;

    private OutboxTestHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public ConsumerAttempts Attempts => host.Services.GetRequiredService<ConsumerAttempts>();

    public static async Task<OutboxTestHost> StartAsync(IsolatedInfrastructure infrastructure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ServiceNames.DatabaseOf(OutboxTestDbContext.SchemaName)}"] = infrastructure.Database,
            [$"ConnectionStrings:{ServiceNames.RabbitMq}"] = infrastructure.RabbitMq,
        });
        builder.Services.AddSingleton<ConsumerAttempts>();
        builder.AddServiceDatabase<OutboxTestDbContext>(OutboxTestDbContext.SchemaName);
        builder.AddServiceBus(OutboxTestDbContext.SchemaName, bus => bus.AddConsumer<NoteAddedConsumer>());

        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return new OutboxTestHost(host);
    }

    public async Task<T> WithDbAsync<T>(Func<OutboxTestDbContext, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OutboxTestDbContext>());
    }

    /// <summary>Saves a note and its event in one transaction, as a service's command handler does.</summary>
    public Task<Guid> AddNoteAsync(string text) => WithDbAsync(async db =>
    {
        var note = new Note { Id = Guid.NewGuid(), Text = text };
        db.Notes.Add(note);
        db.AddIntegrationEvent(new NoteAdded(note.Id, text));
        await db.SaveChangesAsync();
        return note.Id;
    });

    public Task<int> EffectsForAsync(Guid noteId) => WithDbAsync(db => db.NoteEffects.CountAsync(e => e.NoteId == noteId));

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
