using System.Globalization;
using CsvHelper;
using Ito.MarketIngestion.Markets;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// Writes markets as RFC 4180 CSV straight to a stream as they arrive, flushing every few hundred rows so the
/// export of the whole table never sits in memory.
/// </summary>
internal static class MarketCsv
{
    private const int FlushEvery = 500;

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<Market> markets, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, options: null, leaveOpen: true);
        foreach (var header in new[] { "id", "platform", "event_id", "title", "subtitle", "event_title", "category", "tags", "status", "close_time", "closed_at", "result", "yes_token_id", "no_token_id" })
        {
            csv.WriteField(header);
        }
        await csv.EndRecordAsync(cancellationToken);

        var rows = 0;
        await foreach (var m in markets.WithCancellation(cancellationToken))
        {
            csv.WriteField(m.Id);
            csv.WriteField(m.Venue.ToString().ToLowerInvariant());
            csv.WriteField(m.EventId ?? "");
            csv.WriteField(m.Title);
            csv.WriteField(m.Subtitle ?? "");
            csv.WriteField(m.EventTitle ?? "");
            csv.WriteField(m.Category ?? "");
            csv.WriteField(string.Join(';', m.Tags));
            csv.WriteField(m.Status.ToString().ToLowerInvariant());
            csv.WriteField(m.CloseTime?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(m.ClosedAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(m.Result ?? "");
            csv.WriteField(m.YesTokenId ?? "");
            csv.WriteField(m.NoTokenId ?? "");
            await csv.EndRecordAsync(cancellationToken);
            if (++rows % FlushEvery == 0) await csv.FlushAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
