using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// A fingerprint of what <c>MarketUpserted</c> announces (text, status, close time, category, tags, tokens). A re-sync
/// compares fingerprints instead of columns, so an unchanged market costs one hash and emits nothing.
/// </summary>
public static class MarketContentHash
{
    public static string Of(ListedMarket market)
    {
        var text = new StringBuilder(512)
            .Append(market.Title).Append('\u001f')
            .Append(market.Subtitle).Append('\u001f')
            .Append(market.RulesText).Append('\u001f')
            .Append(market.EventId).Append('\u001f')
            .Append(market.EventTitle).Append('\u001f')
            .Append(market.Category).Append('\u001f')
            .AppendJoin('\u001e', market.Tags).Append('\u001f')
            .Append(market.Status.ToString()).Append('\u001f')
            .Append(market.CloseTime?.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(market.Result).Append('\u001f')
            .Append(market.YesTokenId).Append('\u001f')
            .Append(market.NoTokenId)
            .ToString();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }
}
