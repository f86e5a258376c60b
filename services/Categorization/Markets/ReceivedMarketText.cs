using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ito.Categorization.Pipeline;
using Ito.Contracts;
using Ito.Contracts.Markets;

namespace Ito.Categorization.Markets;

/// <summary>
/// A market's text as ingestion last sent it, kept whole so an override or a new pipeline version can re-run the
/// market without asking ingestion again.
/// </summary>
public sealed record ReceivedMarketText(
    string Venue,
    string Title,
    string? Subtitle,
    string? RulesText,
    string? EventTitle,
    string? VenueCategory,
    IReadOnlyList<string> Tags)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ReceivedMarketText From(MarketUpserted message) => new(
        MarketId.VenueName(message.MarketId.Venue),
        // A deserialised message can carry a null title or tag list despite the annotations.
        Clean(message.Title) ?? "",
        Clean(message.Subtitle),
        Clean(message.RulesText),
        Clean(message.EventTitle),
        Clean(message.VenueCategory),
        (message.Tags ?? []).Select(tag => Clean(tag) ?? "").ToList());

    /// <summary>SHA-256 of the text, hex: equal hashes mean the pipeline would see the same input.</summary>
    public string ContentHash() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, Json))));

    public MarketText ToPipelineInput(CategorizationOverride? decision) =>
        new(Venue, Title, Subtitle, RulesText, EventTitle, VenueCategory, Tags, decision);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReceivedMarketText FromJson(string json) => JsonSerializer.Deserialize<ReceivedMarketText>(json, Json)!;

    // PostgreSQL text and jsonb cannot hold U+0000; a venue sending one must not turn the market into a poison message.
    private static string? Clean(string? value) => value?.Replace("\0", "", StringComparison.Ordinal);
}
