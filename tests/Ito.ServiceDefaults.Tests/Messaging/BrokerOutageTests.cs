using Ito.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ito.ServiceDefaults.Tests.Messaging;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerOutageCollection
{
    public const string Name = "broker outage (stops the shared broker; runs alone)";
}

/// <summary>Stops the real RabbitMQ while a service saves events; every event must arrive once it is back.</summary>
[Collection(BrokerOutageCollection.Name)]
public sealed class BrokerOutageTests(IsolatedInfrastructure infrastructure) : IClassFixture<IsolatedInfrastructure>
{
    [Fact]
    public async Task Events_saved_while_the_broker_is_stopped_are_all_delivered_after_it_returns()
    {
        await using var host = await OutboxTestHost.StartAsync(infrastructure);
        var before = await host.AddNoteAsync("before the outage");
        await Eventually.TrueAsync(async () => await host.EffectsForAsync(before) == 1, TimeSpan.FromSeconds(30), "delivery before the outage");

        await infrastructure.Servers.RabbitMqCtlAsync("stop_app");
        List<Guid> saved;
        try
        {
            saved = [];
            for (var i = 0; i < 20; i++) saved.Add(await host.AddNoteAsync($"during the outage {i}"));

            await Task.Delay(TimeSpan.FromSeconds(3));
            var unsent = await host.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null));
            Assert.Equal(20, unsent);
        }
        finally
        {
            await infrastructure.Servers.RabbitMqCtlAsync("start_app");
        }

        foreach (var noteId in saved)
        {
            await Eventually.TrueAsync(async () => await host.EffectsForAsync(noteId) == 1, TimeSpan.FromSeconds(90), "delivery after the broker returned");
        }
        Assert.Equal(0, await host.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
    }
}
