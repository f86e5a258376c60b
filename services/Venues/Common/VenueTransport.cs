using System.Net;
using System.Text;
using System.Text.Json;
using Ito.Venues.Json;

namespace Ito.Venues;

/// <summary>
/// Sends a venue request and reads its JSON. Paths are RELATIVE (no leading '/') so a base address with a path
/// prefix (the simulator's <c>/kalshi/trade-api/v2/</c>) is kept.
/// </summary>
public sealed class VenueTransport(HttpClient http, string venue)
{
    public HttpClient Http { get; } = http;

    public string Venue { get; } = venue;

    public async Task<T> GetAsync<T>(string relativeUri, VenueAuth auth, CancellationToken cancellationToken) =>
        await SendAsync<T>(HttpMethod.Get, relativeUri, body: null, auth, VenueRequestKind.Read, cancellationToken).ConfigureAwait(false)
        ?? throw new JsonException($"{Venue} answered an empty body for {relativeUri}.");

    /// <summary>As <see cref="GetAsync{T}"/>, but a 404 (or an empty/null body) is "not there" rather than an error.</summary>
    public async Task<T?> FindAsync<T>(string relativeUri, VenueAuth auth, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await SendAsync<T>(HttpMethod.Get, relativeUri, body: null, auth, VenueRequestKind.Read, cancellationToken).ConfigureAwait(false);
        }
        catch (VenueApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<T?> SendAsync<T>(HttpMethod method, string relativeUri, string? body, VenueAuth auth, VenueRequestKind kind,
        CancellationToken cancellationToken, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, relativeUri);
        request.Options.Set(VenueRequestOptions.Auth, auth);
        request.Options.Set(VenueRequestOptions.Kind, kind);
        request.Options.Set(VenueRequestOptions.SignedPath, SignedPath(relativeUri));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        configure?.Invoke(request);

        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new VenueApiException(Venue, response.StatusCode, text);
        }

        return string.IsNullOrWhiteSpace(text) || text.Trim() == "null" ? default : JsonSerializer.Deserialize<T>(text, VenueJson.Options);
    }

    public static string Serialize<T>(T body) => JsonSerializer.Serialize(body, VenueJson.Options);

    /// <summary>The endpoint path relative to the venue root, with a leading '/' and without the query ("/data/orders").</summary>
    public static string SignedPath(string relativeUri)
    {
        var query = relativeUri.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? relativeUri : relativeUri[..query];
        return path.StartsWith('/') ? path : "/" + path;
    }
}
