using Ito.Baskets.Data;
using Ito.Baskets.SystemBaskets;
using Ito.Contracts.Markets;
using Ito.ServiceDefaults.Messaging;
using MassTransit;

namespace Ito.Baskets.Markets;

/// <summary>Learns a market from ingestion (first seen, or its text, status or close time changed).</summary>
public sealed class MarketUpsertedConsumer(BasketsDbContext db, SystemBasketMembership membership)
    : InboxConsumer<MarketUpserted, BasketsDbContext>(db)
{
    protected override async Task HandleAsync(MarketUpserted message, ConsumeContext<MarketUpserted> context)
    {
        var market = await Db.FindOrAddMarketAsync(message.MarketId, context.CancellationToken);
        if (market.ApplyListing(message)) await membership.ReconcileAsync(market, context.CancellationToken);
    }
}

/// <summary>A market can no longer be traded: it leaves the system baskets and can join no new leg.</summary>
public sealed class MarketClosedConsumer(BasketsDbContext db, SystemBasketMembership membership)
    : InboxConsumer<MarketClosed, BasketsDbContext>(db)
{
    protected override async Task HandleAsync(MarketClosed message, ConsumeContext<MarketClosed> context)
    {
        var market = await Db.FindOrAddMarketAsync(message.MarketId, context.CancellationToken);
        if (market.ApplyClosure(message)) await membership.ReconcileAsync(market, context.CancellationToken);
    }
}

/// <summary>Categorization's verdict places a market in its system basket (or takes it out, for review).</summary>
public sealed class MarketCategorizedConsumer(BasketsDbContext db, SystemBasketMembership membership)
    : InboxConsumer<MarketCategorized, BasketsDbContext>(db)
{
    protected override async Task HandleAsync(MarketCategorized message, ConsumeContext<MarketCategorized> context)
    {
        var market = await Db.FindOrAddMarketAsync(message.MarketId, context.CancellationToken);
        if (market.ApplyCategorization(message)) await membership.ReconcileAsync(market, context.CancellationToken);
    }
}
