using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Ito.Pricing.Baskets;
using Ito.Pricing.Data;
using Ito.Pricing.Prices;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Ito.Pricing.Streaming;

/// <summary>
/// Server-Sent Events of basket price changes: <c>GET /api/v1/baskets/{id}/stream</c> for one basket (with
/// Last-Event-ID replay) and <c>GET /api/v1/baskets/stream?id=…</c> for several on one connection (a page listing
/// baskets: browsers allow six HTTP/1.1 connections per host, and a stream per basket would starve the page's other
/// requests). Written by hand rather than with <c>TypedResults.ServerSentEvents</c> because the heartbeat is an SSE
/// comment line, which <c>SseItem</c> cannot express.
/// </summary>
public static class StreamApi
{
    public const int MaxBasketsPerStream = 50;

    public static IEndpointRouteBuilder MapStreamApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/baskets/{basketId:guid}/stream", StreamAsync)
            .WithName("StreamBasketPrice")
            .WithSummary("Live price changes as Server-Sent Events")
            .WithDescription("text/event-stream. Each event: 'event: price', 'id' (increasing per basket), 'data' (the price as JSON, as GET …/price). " +
                "Reconnect with Last-Event-ID to receive the changes missed meanwhile (the last ones are remembered per basket); without it the " +
                "current price comes first. A ': heartbeat' comment is sent when nothing changed for ~15 s. Another user's private basket is 404; " +
                "when a basket turns private its open streams end, and a reconnect is checked again.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithTags("Pricing")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsRead));
        app.MapGet("/api/v1/baskets/stream", StreamManyAsync)
            .WithName("StreamBasketPrices")
            .WithSummary("Live price changes of several baskets on one Server-Sent Events stream")
            .WithDescription($"id: a basket id, repeated 1–{MaxBasketsPerStream} times. Events as on …/{{id}}/stream ('event: price', 'data' with " +
                "its basketId) but without 'id' lines: the current price of each basket comes first, and a reconnect starts again from the " +
                "current prices. Baskets the caller may not read are left out, as unknown ones. When one of them turns private the stream ends, " +
                "and a reconnect is checked again.")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithTags("Pricing")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsRead));
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> StreamAsync(
        Guid basketId, HttpContext http, PricingBook book, PricingDbContext db, CurrentUser caller, BasketPriceStream stream, IOptions<PricingOptions> options)
    {
        var aborted = http.RequestAborted;
        if (!await BasketAccess.IsReadableAsync(db, basketId, caller, aborted)) return BasketAccess.NotFound(basketId);

        long? lastEventId = long.TryParse(http.Request.Headers["Last-Event-ID"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
        // Subscribe before reading what to replay: a change landing in between is then queued, not lost.
        using var subscription = stream.Subscribe(basketId, lastEventId, out var replay);

        await StartAsync(http);
        var sent = lastEventId ?? -1;
        if (lastEventId is null && replay.Count == 0 && book.LatestPrice(basketId) is { } current)
        {
            replay = [new PriceChangeEvent(current.AsOf.ToUnixTimeMilliseconds(), current)];
        }
        else if (lastEventId is null && replay.Count > 0)
        {
            replay = [replay[^1]];
        }
        foreach (var change in replay) sent = await WriteAsync(http, change, sent, withId: true, aborted);

        await PumpAsync(http, subscription.Reader, async change => sent = await WriteAsync(http, change, sent, withId: true, aborted), options.Value.StreamHeartbeat);
        return TypedResults.Empty;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> StreamManyAsync(
        [FromQuery(Name = "id")] string[]? ids, HttpContext http, PricingBook book, PricingDbContext db, CurrentUser caller, BasketPriceStream stream,
        IOptions<PricingOptions> options)
    {
        var aborted = http.RequestAborted;
        var basketIds = new HashSet<Guid>();
        foreach (var id in ids ?? [])
        {
            if (!Guid.TryParse(id, out var basketId)) return Invalid($"'{id}' is not a basket id.");
            basketIds.Add(basketId);
        }
        if (basketIds.Count is 0 or > MaxBasketsPerStream) return Invalid($"Name 1 to {MaxBasketsPerStream} baskets.");

        var readable = await BasketAccess.ReadableAsync(db, basketIds, caller, aborted);
        var subscriptions = new List<BasketPriceStream.Subscription>();
        try
        {
            // One reader for every basket's changes; a basket whose stream ends (it turned private) ends them all.
            var merged = Channel.CreateUnbounded<PriceChangeEvent>(new UnboundedChannelOptions { SingleReader = true });
            var current = new List<PriceChangeEvent>();
            foreach (var basketId in readable)
            {
                var subscription = stream.Subscribe(basketId, null, out var replay);
                subscriptions.Add(subscription);
                if (replay.Count > 0) current.Add(replay[^1]);
                else if (book.LatestPrice(basketId) is { } latest) current.Add(new PriceChangeEvent(0, latest));
                _ = ForwardAsync(subscription.Reader, merged.Writer, aborted);
            }

            await StartAsync(http);
            foreach (var change in current) await WriteAsync(http, change, sent: -1, withId: false, aborted);
            await PumpAsync(http, merged.Reader, change => WriteAsync(http, change, sent: -1, withId: false, aborted), options.Value.StreamHeartbeat);
        }
        finally
        {
            foreach (var subscription in subscriptions) subscription.Dispose();
        }
        return TypedResults.Empty;

        static ValidationProblem Invalid(string message) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [message] });
    }

    private static async Task ForwardAsync(ChannelReader<PriceChangeEvent> from, ChannelWriter<PriceChangeEvent> to, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in from.ReadAllAsync(cancellationToken)) to.TryWrite(change);
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
        to.TryComplete();
    }

    private static async Task StartAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.WriteAsync("retry: 3000\n\n", http.RequestAborted);
    }

    /// <summary>Writes each change as it comes, and a heartbeat comment when nothing came for a while, until the client leaves.</summary>
    private static async Task PumpAsync(HttpContext http, ChannelReader<PriceChangeEvent> changes, Func<PriceChangeEvent, Task> write, TimeSpan heartbeat)
    {
        var aborted = http.RequestAborted;
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                wait.CancelAfter(heartbeat);
                try
                {
                    if (!await changes.WaitToReadAsync(wait.Token)) break;
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await http.Response.WriteAsync(": heartbeat\n\n", aborted);
                    await http.Response.BodyWriter.FlushAsync(aborted);
                    continue;
                }
                while (changes.TryRead(out var change)) await write(change);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: nothing more to send.
        }
    }

    private static async Task<long> WriteAsync(HttpContext http, PriceChangeEvent change, long sent, bool withId, CancellationToken cancellationToken)
    {
        if (withId && change.Id <= sent) return sent;
        var data = JsonSerializer.Serialize(BasketPriceView.From(change.Price, "live"), BasketPriceView.Json);
        await http.Response.WriteAsync(withId ? $"id: {change.Id}\nevent: price\ndata: {data}\n\n" : $"event: price\ndata: {data}\n\n", cancellationToken);
        await http.Response.BodyWriter.FlushAsync(cancellationToken);
        return change.Id;
    }
}
