using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Testing;

namespace Ito.Trading.Tests.Infrastructure;

/// <summary>The trading API as a client (the gateway) calls it.</summary>
public static class OrderApi
{
    public static readonly string[] Settled = ["filled", "partially_filled", "failed", "unwound", "cancelled"];

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PlaceAsync(HttpClient client, Guid basketId, object body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/baskets/{basketId}/orders") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await ReadAsync(response));
    }

    /// <summary>Places an order and waits until the worker has settled it; returns the settled order.</summary>
    public static async Task<JsonElement> PlaceAndSettleAsync(HttpClient client, Guid basketId, object body)
    {
        var (status, placed) = await PlaceAsync(client, basketId, body, Guid.NewGuid().ToString());
        Assert.True(status == HttpStatusCode.Accepted, $"{status}: {placed}");
        return await SettledAsync(client, placed.GetProperty("id").GetGuid());
    }

    public static async Task<JsonElement> SettledAsync(HttpClient client, Guid orderId)
    {
        JsonElement order = default;
        await Eventually.TrueAsync(async () =>
        {
            order = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
            return Settled.Contains(order.GetProperty("status").GetString());
        }, TimeSpan.FromSeconds(90), $"order {orderId} settled");
        return order;
    }

    public static IReadOnlyList<string> Transitions(JsonElement order) =>
        order.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("to").GetString()!).ToList();

    public static JsonElement Leg(JsonElement order, int index) => order.GetProperty("legs")[index];

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
