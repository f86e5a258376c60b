using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ito.Pricing.Data.Migrations
{
    /// <inheritdoc />
    public partial class LivePricesHistoryBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "backfill_jobs",
                schema: "pricing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    basket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    legs_total = table.Column<int>(type: "integer", nullable: false),
                    legs_done = table.Column<int>(type: "integer", nullable: false),
                    snapshots_written = table.Column<int>(type: "integer", nullable: false),
                    errors = table.Column<List<string>>(type: "text[]", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_backfill_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "basket_history",
                schema: "pricing",
                columns: table => new
                {
                    basket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    interval = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    bucket_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    open = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    high = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    low = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    close = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    filled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_basket_history", x => new { x.basket_id, x.interval, x.bucket_start });
                });

            migrationBuilder.CreateTable(
                name: "basket_snapshots",
                schema: "pricing",
                columns: table => new
                {
                    basket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    price = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_basket_snapshots", x => new { x.basket_id, x.at });
                });

            migrationBuilder.CreateTable(
                name: "baskets",
                schema: "pricing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_baskets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "latest_basket_prices",
                schema: "pricing",
                columns: table => new
                {
                    basket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    price = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: true),
                    is_complete = table.Column<bool>(type: "boolean", nullable: false),
                    priced_weight = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    legs = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_latest_basket_prices", x => x.basket_id);
                });

            migrationBuilder.CreateTable(
                name: "market_quotes",
                schema: "pricing",
                columns: table => new
                {
                    market_id = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    yes_price = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_quotes", x => x.market_id);
                });

            migrationBuilder.CreateTable(
                name: "venue_market_refs",
                schema: "pricing",
                columns: table => new
                {
                    market_id = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    kalshi_series_ticker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    polymarket_yes_token_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_venue_market_refs", x => x.market_id);
                });

            migrationBuilder.CreateTable(
                name: "basket_legs",
                schema: "pricing",
                columns: table => new
                {
                    basket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    market_id = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    side = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    weight = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_basket_legs", x => new { x.basket_id, x.market_id });
                    table.ForeignKey(
                        name: "FK_basket_legs_baskets_basket_id",
                        column: x => x.basket_id,
                        principalSchema: "pricing",
                        principalTable: "baskets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_backfill_jobs_state_next_attempt_at",
                schema: "pricing",
                table: "backfill_jobs",
                columns: new[] { "state", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ux_backfill_jobs_active_basket",
                schema: "pricing",
                table: "backfill_jobs",
                column: "basket_id",
                unique: true,
                filter: "state IN ('Queued', 'Running')");

            migrationBuilder.CreateIndex(
                name: "IX_basket_legs_market_id",
                schema: "pricing",
                table: "basket_legs",
                column: "market_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "backfill_jobs",
                schema: "pricing");

            migrationBuilder.DropTable(
                name: "basket_history",
                schema: "pricing");

            migrationBuilder.DropTable(
                name: "basket_legs",
                schema: "pricing");

            migrationBuilder.DropTable(
                name: "basket_snapshots",
                schema: "pricing");

            migrationBuilder.DropTable(
                name: "latest_basket_prices",
                schema: "pricing");

            migrationBuilder.DropTable(
                name: "market_quotes",
                schema: "pricing");

            migrationBuilder.DropTable(
                name: "venue_market_refs",
                schema: "pricing");

            migrationBuilder.DropTable(
                name: "baskets",
                schema: "pricing");
        }
    }
}
