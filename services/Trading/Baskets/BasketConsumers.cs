using Ito.Contracts.Baskets;
using Ito.ServiceDefaults.Messaging;
using Ito.Trading.Data;
using MassTransit;

namespace Ito.Trading.Baskets;

public sealed class BasketCreatedConsumer(TradingDbContext db) : InboxConsumer<BasketCreated, TradingDbContext>(db)
{
    protected override async Task HandleAsync(BasketCreated message, ConsumeContext<BasketCreated> context) =>
        (await Db.FindOrAddBasketAsync(message.BasketId, context.CancellationToken)).Apply(message);
}

public sealed class BasketLegsChangedConsumer(TradingDbContext db) : InboxConsumer<BasketLegsChanged, TradingDbContext>(db)
{
    protected override async Task HandleAsync(BasketLegsChanged message, ConsumeContext<BasketLegsChanged> context) =>
        (await Db.FindOrAddBasketAsync(message.BasketId, context.CancellationToken)).Apply(message);
}

public sealed class BasketVisibilityChangedConsumer(TradingDbContext db) : InboxConsumer<BasketVisibilityChanged, TradingDbContext>(db)
{
    protected override async Task HandleAsync(BasketVisibilityChanged message, ConsumeContext<BasketVisibilityChanged> context) =>
        (await Db.FindOrAddBasketAsync(message.BasketId, context.CancellationToken)).SetVisibility(message.Visibility, message.ChangedAt);
}

public sealed class BasketDeletedConsumer(TradingDbContext db) : InboxConsumer<BasketDeleted, TradingDbContext>(db)
{
    protected override async Task HandleAsync(BasketDeleted message, ConsumeContext<BasketDeleted> context) =>
        (await Db.FindOrAddBasketAsync(message.BasketId, context.CancellationToken)).Delete(message.DeletedAt);
}
