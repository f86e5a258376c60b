using Ito.Contracts.Baskets;
using Ito.Pricing.Backfill;
using Ito.Pricing.Data;
using Ito.Pricing.Prices;
using Ito.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ito.Pricing.Baskets;

/// <summary>
/// A new basket: index its legs, price it with the quotes held, and queue its history backfill. Creation never waits
/// for the backfill: this only records a queued job, which <see cref="BackfillWorker"/> runs.
/// </summary>
public sealed class BasketCreatedConsumer(PricingDbContext db, PricingBook book, BasketPriceFanOut fanOut, BackfillSignal backfillSignal,
    IOptions<PricingOptions> options, TimeProvider time)
    : InboxConsumer<BasketCreated, PricingDbContext>(db), IConsumer<BasketCreated>
{
    private BasketPrice? priced;

    async Task IConsumer<BasketCreated>.Consume(ConsumeContext<BasketCreated> context)
    {
        await Consume(context);
        backfillSignal.Notify();
        if (priced is not null) await fanOut.PublishAsync([priced.BasketId]);
    }

    protected override async Task HandleAsync(BasketCreated message, ConsumeContext<BasketCreated> context)
    {
        var ct = context.CancellationToken;
        priced = await BasketLegsWriter.ApplyAsync(Db, book, message.BasketId, message.Legs, message.CreatedAt, basket =>
        {
            basket.Kind = message.Kind;
            basket.OwnerId = message.OwnerId;
            basket.Name = message.Name;
            basket.CreatedAt = message.CreatedAt.ToUniversalTime();
            basket.SetVisibility(message.Visibility, message.CreatedAt);
        }, ct);

        var hasActiveJob = await Db.BackfillJobs.AnyAsync(j => j.BasketId == message.BasketId
            && (j.State == BackfillState.Queued || j.State == BackfillState.Running), ct);
        if (!hasActiveJob)
        {
            Db.BackfillJobs.Add(BackfillJob.Queue(message.BasketId, options.Value.Backfill.DaysOnCreation, time.GetUtcNow()));
        }
    }
}
