namespace Ito.Venues;

public static class VenueUri
{
    /// <summary>HttpClient drops the last path segment of a base address without a trailing '/', so add one.</summary>
    public static Uri WithTrailingSlash(string url) => new(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
}
