namespace Ito.Venues;

/// <summary>Whether a request carries the venue's authentication headers.</summary>
public enum VenueAuth
{
    None,
    /// <summary>Signed when credentials are configured (Kalshi's order book: the docs disagree on whether auth is needed).</summary>
    IfAvailable,
    Required,
}
