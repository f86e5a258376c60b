using System.Globalization;
using System.Text.Json;
using Ito.Pricing.Baskets;
using Ito.Pricing.Data;
using Ito.Pricing.Prices;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ito.Pricing.Streaming;

/// <summary>
/// <c>GET /api/v1/baskets/{id}/stream</c>: Server-Sent Events, one <c>price</c> event per price change. Written by
/// hand rather than with <c>TypedResults.ServerSentEvents</c> because the heartbeat is an SSE comment line, which
/// <c>SseItem</c> cannot express.
/// </summary>
public static class StreamApi
{
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

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var writer = http.Response.BodyWriter;
        await http.Response.WriteAsync("retry: 3000\n\n", aborted);

        var sent = lastEventId ?? -1;
        if (lastEventId is null && replay.Count == 0 && book.LatestPrice(basketId) is { } current)
        {
            replay = [new PriceChangeEvent(current.AsOf.ToUnixTimeMilliseconds(), current)];
        }
        else if (lastEventId is null && replay.Count > 0)
        {
            replay = [replay[^1]];
        }
        foreach (var change in replay) sent = await WriteAsync(http, change, sent, aborted);

        var heartbeat = options.Value.StreamHeartbeat;
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                wait.CancelAfter(heartbeat);
                try
                {
                    if (!await subscription.Reader.WaitToReadAsync(wait.Token)) break;
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await http.Response.WriteAsync(": heartbeat\n\n", aborted);
                    await writer.FlushAsync(aborted);
                    continue;
                }
                while (subscription.Reader.TryRead(out var change)) sent = await WriteAsync(http, change, sent, aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: nothing more to send.
        }
        return TypedResults.Empty;
    }

    private static async Task<long> WriteAsync(HttpContext http, PriceChangeEvent change, long sent, CancellationToken cancellationToken)
    {
        if (change.Id <= sent) return sent;
        var data = JsonSerializer.Serialize(BasketPriceView.From(change.Price, "live"), BasketPriceView.Json);
        await http.Response.WriteAsync($"id: {change.Id}\nevent: price\ndata: {data}\n\n", cancellationToken);
        await http.Response.BodyWriter.FlushAsync(cancellationToken);
        return change.Id;
    }
}
