using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Polly.Timeout;

namespace Ito.Web.Api;

/// <summary>
/// The public and internal API, reached through the gateway exactly as a browser would, with the signed-in user's
/// session (see <see cref="SessionForwardingHandler"/>). Pages never talk to a service directly.
/// </summary>
public sealed class GatewayApi(HttpClient http, ILogger<GatewayApi> logger)
{
    public const string HttpClientName = "gateway";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default,
        IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync<T>(WithBody(HttpMethod.Post, path, body, headers), cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(WithBody(HttpMethod.Put, path, body, null), cancellationToken);

    public Task<ApiResult<NoContent>> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync<NoContent>(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    /// <summary>The raw answer, for the few callers that need its headers (sign-in relays the session cookies).</summary>
    public async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) =>
        await http.SendAsync(request, cancellationToken);

    public static HttpRequestMessage WithBody(HttpMethod method, string path, object? body, IReadOnlyDictionary<string, string>? headers)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    return ApiResult<T>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
                }
                if (typeof(T) == typeof(NoContent) || response.StatusCode == HttpStatusCode.NoContent)
                {
                    return ApiResult<T>.Success((T)(object)NoContent.Instance);
                }
                var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return value is null
                    ? ApiResult<T>.Failure(ApiProblem.Unavailable("This information"))
                    : ApiResult<T>.Success(value);
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException
                || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The page shows a calm "unavailable" message; the operator sees why in the logs and traces.
                logger.LogWarning(exception, "API call {Method} {Path} failed", request.Method, request.RequestUri?.AbsolutePath);
                return ApiResult<T>.Failure(ApiProblem.Unavailable("This information"));
            }
        }
    }
}
