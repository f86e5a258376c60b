using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ito.Contracts;

namespace Ito.Web.Docs;

/// <summary>
/// Reads each service's own OpenAPI document (<c>http://{service}/openapi/v1.json</c>, through service discovery)
/// and serves their merge, kept in memory for a minute so a busy docs page does not fan out to five services on
/// every load. A service that does not answer is left out and named in <c>info.description</c>; such an incomplete
/// document is refreshed after a few seconds, so the missing part appears soon after the service is back.
/// </summary>
public sealed class PublicApiDocumentProvider(IHttpClientFactory clients, TimeProvider clock, ILogger<PublicApiDocumentProvider> logger)
{
    public const string HttpClientName = "openapi-sources";

    /// <summary>The services that own public (<c>/api/v1</c>) endpoints, in the order their paths are merged.</summary>
    public static readonly IReadOnlyList<string> Sources =
        [ServiceNames.MarketIngestion, ServiceNames.Categorization, ServiceNames.Baskets, ServiceNames.Pricing, ServiceNames.Trading];

    private static readonly TimeSpan CompleteLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan IncompleteLifetime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SourceTimeout = TimeSpan.FromSeconds(15);
    // Served as application/json only (never inlined into HTML), so "Itô" and "…" can stay as they are.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Cached? cached;
    private int refreshingInBackground;

    /// <summary>
    /// The merged document. Once there is one, callers never wait for the services: an expired copy is served while
    /// a single background refresh replaces it.
    /// </summary>
    public async Task<string> GetJsonAsync(CancellationToken cancellationToken)
    {
        if (cached is { } current)
        {
            if (current.ExpiresAt <= clock.GetUtcNow()) RefreshInBackground();
            return current.Json;
        }
        return await RefreshAsync(cancellationToken);
    }

    private void RefreshInBackground()
    {
        if (Interlocked.Exchange(ref refreshingInBackground, 1) == 1) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Refreshing the public API document failed; the previous one is still served");
            }
            finally
            {
                Volatile.Write(ref refreshingInBackground, 0);
            }
        });
    }

    private async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed it while this one waited.
            if (cached is { } fresh && fresh.ExpiresAt > clock.GetUtcNow()) return fresh.Json;
            var document = await MergeAsync(cancellationToken);
            var json = document.Build().ToJsonString(Indented);
            var lifetime = document.Missing.Count == 0 ? CompleteLifetime : IncompleteLifetime;
            cached = new Cached(json, clock.GetUtcNow() + lifetime);
            return json;
        }
        finally
        {
            refreshing.Release();
        }
    }

    private async Task<PublicApiDocument> MergeAsync(CancellationToken cancellationToken)
    {
        var documents = await Task.WhenAll(Sources.Select(service => ReadAsync(service, cancellationToken)));
        var merged = new PublicApiDocument();
        foreach (var (service, document) in Sources.Zip(documents))
        {
            if (document is null) merged.AddMissing(service);
            else merged.Add(service, document);
        }
        foreach (var clash in merged.Clashes)
        {
            logger.LogWarning("Public API document: {Clash}", clash);
        }
        return merged;
    }

    private async Task<JsonObject?> ReadAsync(string service, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SourceTimeout);
        try
        {
            var http = clients.CreateClient(HttpClientName);
            using var response = await http.GetAsync($"http://{service}/openapi/v1.json", timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The OpenAPI document of {Service} answered {Status}", service, (int)response.StatusCode);
                return null;
            }
            var document = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(timeout.Token), cancellationToken: timeout.Token) as JsonObject;
            if (document?["openapi"] is JsonValue version && version.TryGetValue<string>(out var text) && !text.StartsWith("3.1", StringComparison.Ordinal))
            {
                // Schemas of 3.0 (nullable: true) and 3.1 (type arrays) must not be mixed in one document.
                logger.LogWarning("The OpenAPI document of {Service} is version {Version}, not 3.1; it is left out", service, text);
                return null;
            }
            return document;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or Polly.ExecutionRejectedException
                                              or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The OpenAPI document of {Service} could not be read", service);
            return null;
        }
    }

    private sealed record Cached(string Json, DateTimeOffset ExpiresAt);
}
