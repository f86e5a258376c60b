namespace Ito.Venues;

/// <summary>Per-request markers the clients set and the handlers (auth, resilience) read.</summary>
public static class VenueRequestOptions
{
    /// <summary>Marks a request as a read or a write; absent means GET = read, anything else = write.</summary>
    public static readonly HttpRequestOptionsKey<VenueRequestKind> Kind = new("Ito.Venues.RequestKind");

    /// <summary>Marks a request that needs (or may use) the venue's authentication headers; absent means none.</summary>
    public static readonly HttpRequestOptionsKey<VenueAuth> Auth = new("Ito.Venues.Auth");

    /// <summary>The endpoint path as the venue expects it signed when it differs from the URL path (Polymarket L2).</summary>
    public static readonly HttpRequestOptionsKey<string> SignedPath = new("Ito.Venues.SignedPath");

    public static VenueAuth AuthOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Auth, out var auth) ? auth : VenueAuth.None;

    public static VenueRequestKind KindOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Kind, out var kind) ? kind
        : request.Method == HttpMethod.Get ? VenueRequestKind.Read
        : VenueRequestKind.Write;
}

