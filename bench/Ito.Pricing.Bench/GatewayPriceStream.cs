using System.Text.Json;

namespace Ito.Pricing.Bench;

/// <summary>
/// A basket's SSE stream read through the gateway, as a browser's EventSource would. Each <c>price</c> event is
/// stamped the moment its blank line arrives, so a tick's latency ends when the client could have shown it.
/// </summary>
internal sealed class GatewayPriceStream : IAsyncDisposable
{
    private readonly StampedPrices received = new();
    private readonly CancellationTokenSource stop = new();
    private readonly HttpResponseMessage response;
    private readonly Task reading;

    private GatewayPriceStream(Guid basketId, HttpResponseMessage response)
    {
        BasketId = basketId;
        this.response = response;
        reading = Task.Run(ReadAsync);
    }

    public Guid BasketId { get; }

    public static async Task<GatewayPriceStream> OpenAsync(HttpClient gateway, Guid basketId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/baskets/{basketId}/stream");
        var response = await gateway.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            throw new InvalidOperationException($"The stream of {basketId} through the gateway answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return new GatewayPriceStream(basketId, response);
    }

    public Task<ReceivedPrice?> WaitForAsync(DateTimeOffset asOf, TimeSpan timeout) => received.WaitForAsync(asOf, timeout);

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            string? data = null;
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                else if (line.Length == 0 && data is not null)
                {
                    using var json = JsonDocument.Parse(data);
                    received.Arrived(json.RootElement.GetProperty("asOf").GetDateTimeOffset());
                    data = null;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disposed: the bench is done with this stream.
        }
        finally
        {
            received.Ended();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        response.Dispose();
        try
        {
            await reading;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ObjectDisposedException)
        {
            // The connection was torn down under the reader: expected on dispose.
        }
        stop.Dispose();
    }
}
