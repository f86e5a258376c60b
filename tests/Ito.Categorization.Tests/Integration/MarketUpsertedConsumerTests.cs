using System.Text;
using Ito.Categorization.Pipeline;
using Ito.Contracts;
using Ito.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace Ito.Categorization.Tests.Integration;

/// <summary>MarketUpserted in, a stored verdict and MarketCategorized out, over real RabbitMQ and PostgreSQL.</summary>
[Collection(CategorizationServiceCollection.Name)]
public sealed class MarketUpsertedConsumerTests(CategorizationService service)
{
    private const string ErrorQueue = "categorization-market-upserted_error";

    [Fact]
    public async Task A_new_market_is_stored_with_its_text_and_verdict_and_announced_once()
    {
        var id = CategorizationService.NewMarketId();
        await service.UpsertAsync(CategorizationService.Upserted(id, "Will the Fed cut rates in December?", subtitle: "FOMC meeting", venueCategory: "Economics"));

        var stored = await service.CategorizationAsync(id);
        Assert.NotNull(stored);
        Assert.Equal("Will the Fed cut rates in December?", stored.Text.Title);
        Assert.Equal("FOMC meeting", stored.Text.Subtitle);
        Assert.Equal(MarketText.Kalshi, stored.Text.Venue);
        Assert.Equal(64, stored.ContentHash.Length);
        Assert.Equal(4, stored.SystemBasket);
        Assert.Equal(Direction.Down, stored.Direction);
        Assert.Equal(PipelineVersion.Current, stored.PipelineVersion);
        Assert.False(stored.NeedsReview);
        Assert.Equal("rates.fed-funds", stored.RiskFactors[0].Id);

        var evt = Assert.Single(await service.CategorizedEventsAsync(id));
        Assert.Equal(4, evt.GetProperty("systemBasket").GetInt32());
        Assert.Equal((int)Direction.Down, evt.GetProperty("direction").GetInt32());
        Assert.Equal(stored.Confidence, evt.GetProperty("confidence").GetDecimal());
        Assert.Equal("rates.fed-funds", evt.GetProperty("riskFactors")[0].GetProperty("id").GetString());
        Assert.Equal(PipelineVersion.Current, evt.GetProperty("pipelineVersion").GetString());
    }

    [Fact]
    public async Task A_polymarket_market_is_categorized_with_the_polymarket_venue()
    {
        var id = CategorizationService.NewMarketId(Venue.Polymarket);
        await service.UpsertAsync(CategorizationService.Upserted(id, "Will Bitcoin close above $150,000 on December 31?", tags: ["Crypto"]));

        var stored = await service.CategorizationAsync(id);
        Assert.Equal(MarketText.Polymarket, stored!.Text.Venue);
        Assert.Equal(7, stored.SystemBasket);
        Assert.Equal(7, Assert.Single(await service.CategorizedEventsAsync(id)).GetProperty("systemBasket").GetInt32());
    }

    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        var id = CategorizationService.NewMarketId();
        var message = CategorizationService.Upserted(id, "Will Brent crude close above $80?");
        var messageId = NewId.NextGuid();

        await service.UpsertAsync(message, messageId);
        await service.PublishAsync(message, messageId);
        // A later message for another market proves the duplicate was delivered and passed over.
        await service.UpsertAsync(CategorizationService.Upserted(CategorizationService.NewMarketId(), "Will gold hit $3,000?"));

        Assert.Single(await service.CategorizedEventsAsync(id));
        Assert.Equal(1, await service.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task The_same_text_in_a_new_message_announces_nothing_new()
    {
        var id = CategorizationService.NewMarketId();
        await service.UpsertAsync(CategorizationService.Upserted(id, "Will the Lakers beat the Celtics tonight?"));
        var before = await service.CategorizationAsync(id);

        await service.UpsertAsync(CategorizationService.Upserted(id, "Will the Lakers beat the Celtics tonight?"));

        Assert.Single(await service.CategorizedEventsAsync(id));
        var after = await service.CategorizationAsync(id);
        Assert.Equal(before!.CategorizedAt, after!.CategorizedAt);
        Assert.Equal(before.ContentHash, after.ContentHash);
    }

    [Fact]
    public async Task A_changed_text_is_categorized_again_and_announced()
    {
        var id = CategorizationService.NewMarketId();
        await service.UpsertAsync(CategorizationService.Upserted(id, "Will the Fed cut rates in December?"));
        var first = await service.CategorizationAsync(id);

        await service.UpsertAsync(CategorizationService.Upserted(id, "Will Bitcoin close above $150,000 on December 31?"));

        var second = await service.CategorizationAsync(id);
        Assert.NotEqual(first!.ContentHash, second!.ContentHash);
        Assert.Equal("Will Bitcoin close above $150,000 on December 31?", second.Text.Title);
        Assert.Equal(7, second.SystemBasket);
        var events = await service.CategorizedEventsAsync(id);
        Assert.Equal([4, 7], events.Select(e => e.GetProperty("systemBasket").GetInt32()));
    }

    [Fact]
    public async Task An_older_text_arriving_late_does_not_replace_a_newer_one()
    {
        var id = CategorizationService.NewMarketId();
        var newer = CategorizationService.Upserted(id, "Will Bitcoin close above $150,000 on December 31?");
        await service.UpsertAsync(newer);

        await service.UpsertAsync(newer with { Title = "Will the Fed cut rates in December?", OccurredAt = newer.OccurredAt.AddMinutes(-5) });

        Assert.Equal(newer.Title, (await service.CategorizationAsync(id))!.Text.Title);
        Assert.Single(await service.CategorizedEventsAsync(id));
    }

    public static TheoryData<string, string, string?, string?> BadInputs => new()
    {
        { "empty title", "", null, null },
        { "whitespace title", "   \t  ", null, null },
        { "10 KB title", string.Concat(Enumerable.Repeat("Will the Fed cut rates? ", 430)), null, null },
        { "emoji", "🚀🚀🚀 🌕 💎🙌", null, null },
        { "script", "<script>alert('x')</script><img src=x onerror=alert(1)>", "<b>bold</b>", null },
        { "non-English", "Wird die EZB die Zinsen im Dezember senken? 中央銀行は利上げするか", null, null },
        { "unknown category", "Will it happen by Friday?", null, "Underwater Basket Weaving" },
        { "NUL and control characters", "Will\0 the\u0001 Fed\u0007 cut?", "sub\0title", null },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_categorized_best_effort_and_announced_without_failing(string name, string title, string? subtitle, string? category)
    {
        var id = CategorizationService.NewMarketId();
        await service.UpsertAsync(CategorizationService.Upserted(id, title, subtitle: subtitle, venueCategory: category));

        var stored = await service.CategorizationAsync(id);
        Assert.True(stored is not null, name);
        Assert.InRange(stored.SystemBasket, 0, 18);
        Assert.Equal(stored.SystemBasket == 0, stored.NeedsReview);
        var evt = Assert.Single(await service.CategorizedEventsAsync(id));
        Assert.Equal(stored.SystemBasket, evt.GetProperty("systemBasket").GetInt32());
    }

    [Fact]
    public async Task A_low_confidence_market_waits_in_the_review_queue_and_is_announced_with_basket_0()
    {
        var id = CategorizationService.NewMarketId();
        await service.UpsertAsync(CategorizationService.Upserted(id, "Xyzzy plugh frobnicate?"));

        var stored = await service.CategorizationAsync(id);
        Assert.True(stored!.NeedsReview);
        Assert.Equal(0, stored.SystemBasket);
        Assert.Equal(0, Assert.Single(await service.CategorizedEventsAsync(id)).GetProperty("systemBasket").GetInt32());

        var page = await CategorizationService.JsonAsync(await service.AdminClient().GetAsync("/api/v1/categorization/review?size=100"));
        var item = Assert.Single(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("marketId").GetString() == id.ToString());
        Assert.Equal("Xyzzy plugh frobnicate?", item.GetProperty("title").GetString());
        Assert.Equal(0, item.GetProperty("systemBasket").GetInt32());
        Assert.True(item.GetProperty("needsReview").GetBoolean());
        Assert.True(item.GetProperty("confidence").GetDecimal() < 0.35m);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("needsReview").GetBoolean()));
    }

    [Fact]
    public async Task A_poison_message_lands_in_the_error_queue_with_its_reason_while_the_next_one_is_processed()
    {
        // A default MarketId goes out as "kalshi:", which is no market id: no retry can ever handle it.
        var poison = await service.PublishAsync(CategorizationService.Upserted(default, "Will the Fed cut rates in December?"));
        var healthy = CategorizationService.NewMarketId();
        await service.UpsertAsync(CategorizationService.Upserted(healthy, "Will the Lakers beat the Celtics tonight?"));

        Assert.Equal(14, (await service.CategorizationAsync(healthy))!.SystemBasket);
        await Eventually.TrueAsync(async () => await ErrorQueueDepthAsync() == 1, CategorizationService.Patience, "the poison message in the error queue");
        var (messageId, reason) = await PeekErrorQueueAsync();
        Assert.Equal(poison.ToString(), messageId);
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.Contains("market id", reason, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<uint> ErrorQueueDepthAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(service.Infrastructure.RabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(ErrorQueue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // no message has failed yet, so the queue does not exist
        }
    }

    /// <summary>The first dead message's id and MassTransit's fault message; it goes back to the queue unacknowledged.</summary>
    private async Task<(string? MessageId, string Reason)> PeekErrorQueueAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(service.Infrastructure.RabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var message = await channel.BasicGetAsync(ErrorQueue, autoAck: false);
        Assert.NotNull(message);
        var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
        var reason = headers.TryGetValue("MT-Fault-Message", out var value) && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : "";
        return (message.BasicProperties.MessageId, reason);
    }
}
