using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.Data;
using Ito.Pricing.History;
using Ito.ServiceDefaults.Messaging;
using MassTransit;

namespace Ito.Pricing.Prices;

/// <summary>
/// A market's price moved: keep its YES price, reprice only the baskets holding it (the in-memory index), save
/// their latest prices, snapshot big moves and raise <see cref="BasketPriceChanged"/> — all in the inbox
/// transaction — then, once committed, refresh Redis and the streams.
/// </summary>
public sealed class MarketPriceChangedConsumer(PricingDbContext db, PricingBook book, SnapshotTracker snapshots, BasketPriceFanOut fanOut)
    : InboxConsumer<MarketPriceChanged, PricingDbContext>(db), IConsumer<MarketPriceChanged>
{
    private IReadOnlyList<BasketPrice> repriced = [];
    private List<(Guid BasketId, decimal Price)> snapshotted = [];

    // Re-implemented so the fan-out runs only after the base class committed the effect and its inbox record.
    async Task IConsumer<MarketPriceChanged>.Consume(ConsumeContext<MarketPriceChanged> context)
    {
        await Consume(context);
        foreach (var (basketId, price) in snapshotted) snapshots.Taken(basketId, price);
        await fanOut.PublishAsync(repriced.Select(p => p.BasketId));
    }

    protected override async Task HandleAsync(MarketPriceChanged message, ConsumeContext<MarketPriceChanged> context)
    {
        if (MarketQuote.From(message) is not { } quote) return;
        quote = quote with { At = quote.At.ToUniversalTime() };
        if (!book.TryApplyQuote(message.MarketId, quote)) return;

        var ct = context.CancellationToken;
        await BasketPriceStore.SaveQuoteAsync(Db, message.MarketId.ToString(), quote, ct);
        // Every holder is saved, not only those that differ from the remembered price: another consumer's fan-out
        // (a basket created while this tick was in flight) may already have remembered and cached this price without
        // its own transaction having stored it, and Postgres is what readers fall back to when Redis is down.
        var prices = book.PriceBasketsHolding(message.MarketId);
        await BasketPriceStore.SaveLatestAsync(Db, prices, ct);
        repriced = prices.Where(book.DiffersFromLatest).ToList();

        snapshotted = repriced.Where(snapshots.IsBigMove).Select(p => (p.BasketId, p.Price!.Value)).ToList();
        await BasketPriceStore.SaveSnapshotsAsync(Db, snapshotted, quote.At, ct);

        foreach (var price in repriced)
        {
            Db.AddIntegrationEvent(new BasketPriceChanged(price.BasketId, price.Price, price.IsComplete, price.AsOf));
        }
    }
}
