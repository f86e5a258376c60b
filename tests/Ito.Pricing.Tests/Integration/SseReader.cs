using System.Net;
using System.Text.Json;
using Ito.Pricing.Prices;

namespace Ito.Pricing.Tests.Integration;

public sealed record SseEvent(long Id, BasketPriceView Price);

/// <summary>Reads a basket's <c>text/event-stream</c> as a browser's EventSource would, one <c>price</c> event at a time.</summary>
public sealed class SseReader(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public static async Task<SseReader> OpenAsync(HttpClient client, string url, long? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (lastEventId is { } id) request.Headers.Add("Last-Event-ID", id.ToString());
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public async Task<SseEvent> NextAsync()
    {
        using var timeout = new CancellationTokenSource(PricingHost.Patience);
        return await ReadEventAsync(timeout.Token) ?? throw new InvalidOperationException("The stream ended.");
    }

    /// <summary>True when the server ends the stream within the patience (events still queued are skipped).</summary>
    public async Task<bool> EndsAsync()
    {
        using var timeout = new CancellationTokenSource(PricingHost.Patience);
        try
        {
            while (await ReadEventAsync(timeout.Token) is not null)
            {
            }
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<SseEvent?> ReadEventAsync(CancellationToken cancellationToken)
    {
        long? id = null;
        string? data = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal)) id = long.Parse(line[4..]);
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            else if (line.Length == 0 && data is not null)
            {
                // A stream of several baskets sends no ids: -1 then.
                return new SseEvent(id ?? -1, JsonSerializer.Deserialize<BasketPriceView>(data, JsonSerializerOptions.Web)!);
            }
        }
        return null;
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
