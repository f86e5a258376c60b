using Ito.Contracts.Baskets;
using Ito.Pricing.Data;
using Ito.Pricing.Prices;
using Ito.ServiceDefaults.Messaging;
using MassTransit;

namespace Ito.Pricing.Baskets;

/// <summary>A basket's legs changed: re-index and reprice it (and learn its kind, owner and name, if it was never told).</summary>
public sealed class BasketLegsChangedConsumer(PricingDbContext db, PricingBook book, BasketPriceFanOut fanOut)
    : InboxConsumer<BasketLegsChanged, PricingDbContext>(db), IConsumer<BasketLegsChanged>
{
    private BasketPrice? priced;

    async Task IConsumer<BasketLegsChanged>.Consume(ConsumeContext<BasketLegsChanged> context)
    {
        await Consume(context);
        if (priced is null) return;
        await fanOut.PublishAsync([priced.BasketId]);
    }

    protected override async Task HandleAsync(BasketLegsChanged message, ConsumeContext<BasketLegsChanged> context) =>
        priced = await BasketLegsWriter.ApplyAsync(Db, book, message.BasketId, message.Legs, message.ChangedAt, basket =>
        {
            // Repairs a basket whose BasketCreated this service never heard: a system basket is everyone's to read.
            if (message.Kind is { } kind) basket.Kind = kind;
            if (message.OwnerId is { } owner) basket.OwnerId ??= owner;
            if (!string.IsNullOrEmpty(message.Name)) basket.Name = message.Name;
        }, context.CancellationToken);
}
