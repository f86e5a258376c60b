using System.Net;

namespace Ito.Venues;

/// <summary>A venue answered with a non-success status. The body is kept (trimmed) because venues explain rejections there.</summary>
public sealed class VenueApiException(string venue, HttpStatusCode statusCode, string? body)
    : Exception($"{venue} answered {(int)statusCode} {statusCode}: {Trim(body)}")
{
    public string Venue { get; } = venue;
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string? Body { get; } = body;

    private static string Trim(string? body) => body is null ? "" : body.Length <= 500 ? body : body[..500];
}
