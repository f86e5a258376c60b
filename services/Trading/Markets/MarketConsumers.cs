using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.ServiceDefaults.Messaging;
using Ito.Trading.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Markets;

public sealed class MarketPriceChangedConsumer(TradingDbContext db) : InboxConsumer<MarketPriceChanged, TradingDbContext>(db)
{
    protected override async Task HandleAsync(MarketPriceChanged message, ConsumeContext<MarketPriceChanged> context)
    {
        var id = message.MarketId.ToString();
        var quote = await Db.MarketQuotes.SingleOrDefaultAsync(q => q.MarketId == id, context.CancellationToken);
        if (quote is null)
        {
            quote = new MarketQuote(id);
            Db.MarketQuotes.Add(quote);
        }

        quote.Apply(message.YesBid, message.YesAsk, message.Last, message.Mid, message.At);
    }
}

/// <summary>The latest verdict replaces the market's factor loadings.</summary>
public sealed class MarketCategorizedConsumer(TradingDbContext db) : InboxConsumer<MarketCategorized, TradingDbContext>(db)
{
    protected override async Task HandleAsync(MarketCategorized message, ConsumeContext<MarketCategorized> context)
    {
        var id = message.MarketId.ToString();
        await Db.MarketRiskFactors.Where(f => f.MarketId == id).ExecuteDeleteAsync(context.CancellationToken);
        var sign = message.Direction switch { Direction.Up => 1m, Direction.Down => -1m, _ => 0m };
        foreach (var factor in message.RiskFactors.DistinctBy(f => f.Id))
        {
            Db.MarketRiskFactors.Add(new MarketRiskFactor(id, factor.Id, sign * factor.Confidence));
        }
    }
}
