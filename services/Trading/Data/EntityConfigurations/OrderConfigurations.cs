using Ito.Trading.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ito.Trading.Data.EntityConfigurations;

internal sealed class BasketOrderIdConverter() : ValueConverter<BasketOrderId, Guid>(id => id.Value, value => new BasketOrderId(value));

internal sealed class BasketOrderConfiguration : IEntityTypeConfiguration<BasketOrder>
{
    public void Configure(EntityTypeBuilder<BasketOrder> builder)
    {
        builder.ToTable("basket_orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.IdempotencyKey).HasMaxLength(200).IsRequired();
        // A repeated request with the same key by the same user finds the first order, never makes a second.
        builder.HasIndex(o => new { o.UserId, o.IdempotencyKey }).IsUnique();
        builder.HasIndex(o => new { o.UserId, o.CreatedAt });
        // What the stalled-order reconciler reads every pass on every replica: only orders still in flight, so it
        // stays small however many settled orders pile up.
        builder.HasIndex(o => o.UpdatedAt).HasDatabaseName("IX_basket_orders_in_flight")
            .HasFilter($"\"Status\" IN ('{nameof(BasketOrderStatus.Pending)}', '{nameof(BasketOrderStatus.Submitting)}', '{nameof(BasketOrderStatus.Unwinding)}')");
        builder.Property(o => o.Side).HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.Mode).HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.Policy).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(o => o.Legs).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Transitions).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Legs).HasField("_legs").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.Transitions).HasField("_transitions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class LegOrderConfiguration : IEntityTypeConfiguration<LegOrder>
{
    public void Configure(EntityTypeBuilder<LegOrder> builder)
    {
        builder.ToTable("leg_orders");
        builder.HasKey(l => new { l.OrderId, l.LegIndex });
        builder.Property(l => l.MarketId).HasMaxLength(240).IsRequired();
        builder.Property(l => l.Instrument).HasMaxLength(200).IsRequired();
        builder.Property(l => l.ClientOrderId).HasMaxLength(64).IsRequired();
        builder.HasIndex(l => l.ClientOrderId).IsUnique();
        builder.Property(l => l.VenueOrderId).HasMaxLength(100);
        builder.Property(l => l.Error).HasMaxLength(1000);
        builder.Property(l => l.Venue).HasConversion<string>().HasMaxLength(12);
        builder.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(8);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(l => l.AveragePrice);
        builder.Ignore(l => l.IsToSend);
        builder.Ignore(l => l.HasFills);
        builder.Ignore(l => l.UnwindClientOrderId);
    }
}

internal sealed class OrderTransitionConfiguration : IEntityTypeConfiguration<OrderTransition>
{
    public void Configure(EntityTypeBuilder<OrderTransition> builder)
    {
        builder.ToTable("order_transitions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Reason).HasMaxLength(2000).IsRequired();
        builder.HasIndex(t => new { t.OrderId, t.Id });
    }
}
