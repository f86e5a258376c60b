using System.Net;
using System.Text.Json;

namespace Ito.Web.Api;

/// <summary>
/// An RFC 9457 ProblemDetails answer from the API, kept so a page can show each field's message next to that field
/// and everything else above the form.
/// </summary>
public sealed record ApiProblem(HttpStatusCode Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The messages the API gave for one field (its key as the API names it, e.g. <c>legs[1].weight</c>).</summary>
    public IReadOnlyList<string> For(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    /// <summary>What to show above the form: the detail, else the title, plus messages for fields the form does not show.</summary>
    public string Message => Detail is { Length: > 0 } detail ? detail : Title;

    public static ApiProblem Unavailable(string what) =>
        new(HttpStatusCode.ServiceUnavailable, $"{what} is unavailable right now.", "Please try again in a moment.", NoErrors);

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        try
        {
            if (response.Content.Headers.ContentType?.MediaType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                var root = document.RootElement;
                var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : DefaultTitle(status);
                var detail = root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
                if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in e.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? field.Value.EnumerateArray().Select(m => m.ToString()).ToArray()
                            : [field.Value.ToString()];
                    }
                }
                return new ApiProblem(status, title, detail, errors);
            }
        }
        catch (JsonException)
        {
            // Not a ProblemDetails after all: fall through to the status code's meaning.
        }
        return new ApiProblem(status, DefaultTitle(status), null, NoErrors);
    }

    private static string DefaultTitle(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "Please sign in again.",
        HttpStatusCode.Forbidden => "You are not allowed to do that.",
        HttpStatusCode.NotFound => "Not found.",
        HttpStatusCode.TooManyRequests => "Too many requests; please wait a moment.",
        >= HttpStatusCode.InternalServerError => "Something went wrong on our side; please try again.",
        _ => "The request was not accepted.",
    };
}
