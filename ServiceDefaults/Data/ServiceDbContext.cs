using Ito.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Ito.ServiceDefaults.Data;

/// <summary>
/// The base of every service's DbContext: its own schema, and the outbox and inbox tables that make a change
/// and its integration event (or a consumed message and its effect) commit together.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The schema this service owns; its database role can touch nothing else.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        base.OnModelCreating(modelBuilder);
    }

    /// <summary>Records an integration event to be published once this context's transaction commits.</summary>
    public void AddIntegrationEvent<TEvent>(TEvent integrationEvent) where TEvent : class =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent));
}
