using Ito.Contracts.Baskets;
using Ito.Pricing.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Ito.Pricing.Bench;

/// <summary>
/// Writes a <see cref="SyntheticBook"/> into pricing's tables (schema migrated first) with binary COPY, so the pricing
/// host loads 10k baskets at start-up as it would after a restart, instead of the bench sending 10k BasketCreated
/// (which would also queue 10k year-long backfills). Baskets are public custom baskets: any signed-in user reads them.
/// </summary>
internal static class BookSeeder
{
    public static async Task SeedAsync(string connectionString, SyntheticBook universe)
    {
        var options = new DbContextOptionsBuilder<PricingDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", PricingDbContext.SchemaName))
            .Options;
        await using (var db = new PricingDbContext(options)) await db.Database.MigrateAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var now = DateTimeOffset.UtcNow;

        await using (var quotes = await connection.BeginBinaryImportAsync("COPY pricing.market_quotes (market_id, yes_price, at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var market in universe.Markets.Append(universe.Hot).Append(universe.Cold))
            {
                var quote = universe.Book.Quote(market)!.Value;
                await quotes.StartRowAsync();
                await quotes.WriteAsync(market.ToString(), NpgsqlDbType.Varchar);
                await quotes.WriteAsync(quote.YesPrice, NpgsqlDbType.Numeric);
                await quotes.WriteAsync(quote.At.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            }
            await quotes.CompleteAsync();
        }

        var basketIds = universe.Book.LatestPrices().Select(p => p.BasketId).ToArray();
        await using (var baskets = await connection.BeginBinaryImportAsync(
            "COPY pricing.baskets (id, kind, owner_id, name, created_at, updated_at, visibility, visibility_set_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var basketId in basketIds)
            {
                await baskets.StartRowAsync();
                await baskets.WriteAsync(basketId, NpgsqlDbType.Uuid);
                await baskets.WriteAsync(nameof(BasketKind.Custom), NpgsqlDbType.Varchar);
                await baskets.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                await baskets.WriteAsync("bench", NpgsqlDbType.Varchar);
                await baskets.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await baskets.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await baskets.WriteAsync(nameof(BasketVisibility.Public), NpgsqlDbType.Varchar);
                await baskets.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await baskets.CompleteAsync();
        }

        await using (var legs = await connection.BeginBinaryImportAsync(
            "COPY pricing.basket_legs (basket_id, market_id, side, weight) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var basketId in basketIds)
            {
                foreach (var leg in universe.Book.Basket(basketId)!.Legs)
                {
                    await legs.StartRowAsync();
                    await legs.WriteAsync(basketId, NpgsqlDbType.Uuid);
                    await legs.WriteAsync(leg.MarketId.ToString(), NpgsqlDbType.Varchar);
                    await legs.WriteAsync(leg.Side.ToString(), NpgsqlDbType.Varchar);
                    await legs.WriteAsync(leg.Weight, NpgsqlDbType.Numeric);
                }
            }
            await legs.CompleteAsync();
        }
    }
}
