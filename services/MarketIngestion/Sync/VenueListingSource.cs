using Ito.Contracts;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Polymarket.Gamma;
using Microsoft.Extensions.Options;

namespace Ito.MarketIngestion.Sync;

/// <summary>Reads one page of a venue's listing (events with their markets) from a cursor; null cursor = the first page.</summary>
public interface IVenueListingSource
{
    Venue Venue { get; }

    Task<ListingPage> FetchPageAsync(string? cursor, CancellationToken cancellationToken);
}

internal sealed class KalshiListingSource(KalshiClient kalshi, IOptions<SyncOptions> options) : IVenueListingSource
{
    private IReadOnlyDictionary<string, KalshiSeries>? _series;

    public Venue Venue => Venue.Kalshi;

    public async Task<ListingPage> FetchPageAsync(string? cursor, CancellationToken cancellationToken)
    {
        // Category and tags live on the series; one request lists them all, read once per sync.
        _series ??= (await kalshi.GetSeriesListAsync(cancellationToken: cancellationToken))
            .Where(s => !string.IsNullOrEmpty(s.Ticker))
            .DistinctBy(s => s.Ticker)
            .ToDictionary(s => s.Ticker, StringComparer.Ordinal);
        var page = await kalshi.GetEventsAsync(new KalshiEventsQuery { Limit = options.Value.KalshiPageSize, WithNestedMarkets = true }, cursor, cancellationToken);
        return KalshiListingMapper.Map(page.Events, _series, NextCursor(cursor, page.Cursor));
    }

    // A venue repeating the cursor it was given would loop forever; that is the end of the listing.
    private static string? NextCursor(string? current, string? next) => string.IsNullOrEmpty(next) || next == current ? null : next;
}

internal sealed class PolymarketListingSource(PolymarketGammaClient gamma, IOptions<SyncOptions> options) : IVenueListingSource
{
    public Venue Venue => Venue.Polymarket;

    public async Task<ListingPage> FetchPageAsync(string? cursor, CancellationToken cancellationToken)
    {
        // Gamma lists only open events unless asked; what closes drops out of the listing and pass 2 closes it.
        var page = await gamma.GetEventsKeysetAsync(new GammaListQuery { Limit = options.Value.PolymarketPageSize, Closed = false }, cursor, cancellationToken);
        var next = string.IsNullOrEmpty(page.NextCursor) || page.NextCursor == cursor ? null : page.NextCursor;
        return PolymarketListingMapper.Map(page.Events, next);
    }
}
