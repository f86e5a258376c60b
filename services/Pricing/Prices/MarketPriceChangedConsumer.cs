using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.Data;
using Ito.Pricing.History;
using Ito.ServiceDefaults.Messaging;
using MassTransit;

namespace Ito.Pricing.Prices;

/// <summary>
/// A market's price moved: keep its YES price and reprice only the baskets holding it (the in-memory index). Live
/// first: Redis and the streams get the new prices as soon as the quote is applied, so a reader never waits for a
/// database commit. Then, in the inbox transaction, the quote and the baskets' latest prices are saved, big moves
/// snapshotted and <see cref="BasketPriceChanged"/> raised for the baskets whose stored price changed.
/// </summary>
public sealed class MarketPriceChangedConsumer(PricingDbContext db, PricingBook book, SnapshotTracker snapshots, BasketPriceFanOut fanOut)
    : InboxConsumer<MarketPriceChanged, PricingDbContext>(db), IConsumer<MarketPriceChanged>
{
    private List<(Guid BasketId, decimal Price)> snapshotted = [];

    // Re-implemented so the snapshot tracker learns of snapshots only once the base class committed them.
    async Task IConsumer<MarketPriceChanged>.Consume(ConsumeContext<MarketPriceChanged> context)
    {
        await Consume(context);
        foreach (var (basketId, price) in snapshotted) snapshots.Taken(basketId, price);
    }

    protected override async Task HandleAsync(MarketPriceChanged message, ConsumeContext<MarketPriceChanged> context)
    {
        if (MarketQuote.From(message) is not { } quote) return;
        quote = quote with { At = quote.At.ToUniversalTime() };
        if (!book.TryApplyQuote(message.MarketId, quote)) return;

        // The fan-out prices from the quotes held when it runs, one batch at a time, so a slower consumer can never
        // put an older price in Redis or on a stream after a newer one.
        await fanOut.PublishAsync(book.BasketsHolding(message.MarketId));

        var ct = context.CancellationToken;
        await BasketPriceStore.SaveQuoteAsync(Db, message.MarketId.ToString(), quote, ct);
        var prices = book.PriceBasketsHolding(message.MarketId);
        var changed = await BasketPriceStore.SaveLatestReturningChangedAsync(Db, prices, ct);
        var repriced = prices.Where(p => changed.Contains(p.BasketId)).ToList();

        snapshotted = repriced.Where(snapshots.IsBigMove).Select(p => (p.BasketId, p.Price!.Value)).ToList();
        await BasketPriceStore.SaveSnapshotsAsync(Db, snapshotted, quote.At, ct);

        foreach (var price in repriced)
        {
            Db.AddIntegrationEvent(new BasketPriceChanged(price.BasketId, price.Price, price.IsComplete, price.AsOf));
        }
    }
}
