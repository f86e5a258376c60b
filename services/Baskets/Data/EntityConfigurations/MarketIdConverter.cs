using Ito.Contracts;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ito.Baskets.Data.EntityConfigurations;

/// <summary>Stores a market id in its wire form (<c>kalshi:TICKER</c>), so rows read the same as events.</summary>
internal sealed class MarketIdConverter() : ValueConverter<MarketId, string>(id => id.ToString(), value => MarketId.Parse(value))
{
    /// <summary>"polymarket:" plus the longest venue id <see cref="MarketId.TryParse"/> accepts.</summary>
    public const int MaxLength = 211;
}
