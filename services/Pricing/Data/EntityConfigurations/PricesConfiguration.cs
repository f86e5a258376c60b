using Ito.Pricing.Prices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Pricing.Data.EntityConfigurations;

internal sealed class StoredMarketQuoteConfiguration : IEntityTypeConfiguration<StoredMarketQuote>
{
    public void Configure(EntityTypeBuilder<StoredMarketQuote> builder)
    {
        builder.ToTable("market_quotes");
        builder.HasKey(q => q.MarketId);
        builder.Property(q => q.MarketId).HasColumnName("market_id").HasMaxLength(220);
        builder.Property(q => q.YesPrice).HasColumnName("yes_price").HasPrecision(18, 8);
        builder.Property(q => q.At).HasColumnName("at");
    }
}

internal sealed class LatestBasketPriceConfiguration : IEntityTypeConfiguration<LatestBasketPrice>
{
    public void Configure(EntityTypeBuilder<LatestBasketPrice> builder)
    {
        builder.ToTable("latest_basket_prices");
        builder.HasKey(p => p.BasketId);
        builder.Property(p => p.BasketId).HasColumnName("basket_id");
        builder.Property(p => p.Price).HasColumnName("price").HasPrecision(18, 8);
        builder.Property(p => p.IsComplete).HasColumnName("is_complete");
        builder.Property(p => p.PricedWeight).HasColumnName("priced_weight").HasPrecision(18, 8);
        builder.Property(p => p.AsOf).HasColumnName("as_of");
        builder.Property(p => p.LegsJson).HasColumnName("legs").HasColumnType("jsonb");
    }
}
