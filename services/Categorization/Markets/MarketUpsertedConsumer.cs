using Ito.Categorization.Data;
using Ito.Contracts.Markets;
using Ito.ServiceDefaults.Messaging;
using MassTransit;

namespace Ito.Categorization.Markets;

/// <summary>
/// Categorizes a market ingestion announced. The same text already run by the current pipeline changes nothing (no
/// new event); a changed text is re-run with the market's active override. Bad text never fails here: the pipeline
/// is best-effort and sends what it cannot place to the review queue (basket 0), which is announced like any basket.
/// </summary>
public sealed class MarketUpsertedConsumer(CategorizationDbContext db, MarketCategorizer categorizer, ILogger<MarketUpsertedConsumer> logger)
    : InboxConsumer<MarketUpserted, CategorizationDbContext>(db)
{
    protected override async Task HandleAsync(MarketUpserted message, ConsumeContext<MarketUpserted> context)
    {
        // A default MarketId has no venue id: the message is broken, and failing sends it to the error queue.
        if (message.MarketId.VenueMarketId is null) throw new InvalidMarketUpsertedException("the market id is missing");

        var text = ReceivedMarketText.From(message);
        var market = await Db.MarketCategorizations.FindAsync([message.MarketId], context.CancellationToken);
        if (market is null)
        {
            market = MarketCategorization.Receive(message.MarketId, text, message.OccurredAt);
            Db.MarketCategorizations.Add(market);
        }
        else if (market.IsOlderThanStored(message.OccurredAt) || market.IsCurrentFor(text))
        {
            return;
        }
        else
        {
            market.ReplaceText(text, message.OccurredAt);
        }

        if (await categorizer.CategorizeAsync(market, context.CancellationToken))
        {
            logger.LogDebug("Market {MarketId} categorized into basket {Basket}", market.MarketId, market.SystemBasket);
        }
    }
}

/// <summary>A <see cref="MarketUpserted"/> that cannot be handled however often it is retried.</summary>
public sealed class InvalidMarketUpsertedException(string reason) : Exception($"MarketUpserted is invalid: {reason}.");
