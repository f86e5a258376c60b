using Ito.Contracts.Baskets;
using Ito.Pricing.Data;
using Ito.Pricing.Streaming;
using Ito.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Baskets;

/// <summary>
/// A basket turned public or private. Once committed, its open streams are ended: a stream is checked only when it
/// opens, so a reader who may no longer see the basket must not keep receiving it (readers who still may reconnect).
/// </summary>
public sealed class BasketVisibilityChangedConsumer(PricingDbContext db, BasketPriceStream stream)
    : InboxConsumer<BasketVisibilityChanged, PricingDbContext>(db), IConsumer<BasketVisibilityChanged>
{
    private Guid? narrowed;

    async Task IConsumer<BasketVisibilityChanged>.Consume(ConsumeContext<BasketVisibilityChanged> context)
    {
        await Consume(context);
        if (narrowed is { } basketId) stream.EndSubscriptions(basketId);
    }

    protected override async Task HandleAsync(BasketVisibilityChanged message, ConsumeContext<BasketVisibilityChanged> context)
    {
        var basket = await Db.Baskets.FirstOrDefaultAsync(b => b.Id == message.BasketId, context.CancellationToken);
        if (basket is null)
        {
            // Overtook its BasketCreated: keep the visibility on a placeholder, which BasketCreated then completes.
            basket = new StoredBasket { Id = message.BasketId, Name = "", CreatedAt = message.ChangedAt.ToUniversalTime(), UpdatedAt = DateTimeOffset.MinValue };
            Db.Baskets.Add(basket);
        }
        var before = basket.Visibility;
        basket.SetVisibility(message.Visibility, message.ChangedAt);
        narrowed = before == BasketVisibility.Public && basket.Visibility == BasketVisibility.Private ? basket.Id : null;
    }
}
