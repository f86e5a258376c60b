using Ito.Contracts;
using Ito.Pricing.Data;
using Ito.Pricing.History;
using Ito.Pricing.Baskets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Prices;

/// <summary>
/// Rebuilds the in-memory book from Postgres before the bus starts consuming (it is registered after the migrator
/// and before the bus, and hosted services start in order): baskets and the market index, quotes, latest prices.
/// </summary>
public sealed class PricingBookLoader(IServiceProvider services, PricingBook book, SnapshotTracker snapshots, ILogger<PricingBookLoader> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PricingDbContext>();

        var quotes = await db.MarketQuotes.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var quote in quotes)
        {
            if (MarketId.TryParse(quote.MarketId, out var marketId)) book.LoadQuote(marketId, new MarketQuote(quote.YesPrice, quote.At));
        }

        var legs = await db.BasketLegs.AsNoTracking().ToListAsync(cancellationToken);
        var basketIds = await db.Baskets.AsNoTracking().Select(b => b.Id).ToListAsync(cancellationToken);
        var legsByBasket = legs.ToLookup(l => l.BasketId);
        foreach (var basketId in basketIds)
        {
            var basketLegs = legsByBasket[basketId]
                .Where(l => MarketId.TryParse(l.MarketId, out _))
                .Select(l => new BasketLeg(MarketId.Parse(l.MarketId), l.Side, l.Weight))
                .ToArray();
            book.SetBasket(new BasketDefinition(basketId, basketLegs));
            if (book.Reprice(basketId) is { } price)
            {
                book.Remember(price);
                if (price.Price is { } p) snapshots.Taken(basketId, p);
            }
        }
        logger.LogInformation("Pricing book loaded: {Baskets} baskets, {Markets} quotes", basketIds.Count, quotes.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
