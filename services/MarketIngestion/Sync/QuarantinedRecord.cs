using Ito.Contracts;

namespace Ito.MarketIngestion.Sync;

/// <summary>A venue record a sync refused (bad or duplicate data), kept with a short excerpt so someone can look at it.</summary>
public sealed class QuarantinedRecord
{
    public const int ExcerptLength = 1000;

    private QuarantinedRecord()
    {
    }

    public long Id { get; private set; }

    public Guid SyncJobId { get; private set; }

    public Venue Venue { get; private set; }

    public string RawId { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string PayloadExcerpt { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public static QuarantinedRecord For(Guid syncJobId, Rejection rejection, DateTimeOffset at) => new()
    {
        SyncJobId = syncJobId,
        Venue = rejection.Venue,
        RawId = rejection.RawId.Length > 300 ? rejection.RawId[..300] : rejection.RawId,
        Reason = rejection.Reason,
        PayloadExcerpt = rejection.Payload.Length > ExcerptLength ? rejection.Payload[..ExcerptLength] : rejection.Payload,
        At = at,
    };
}

/// <summary>A venue record refused by the mapping or the writer, and why.</summary>
public sealed record Rejection(Venue Venue, string RawId, string Reason, string Payload);
