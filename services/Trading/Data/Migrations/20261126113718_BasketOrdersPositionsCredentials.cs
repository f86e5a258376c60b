using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ito.Trading.Data.Migrations
{
    /// <inheritdoc />
    public partial class BasketOrdersPositionsCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "basket_orders",
                schema: "trading",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    BasketId = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    Mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    MaxSlippage = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    Policy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Leftover = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_basket_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "baskets",
                schema: "trading",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegsJson = table.Column<string>(type: "jsonb", nullable: false),
                    Deleted = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_baskets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                schema: "trading",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "market_quotes",
                schema: "trading",
                columns: table => new
                {
                    MarketId = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    YesBid = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: true),
                    YesAsk = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: true),
                    Last = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: true),
                    Mid = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_quotes", x => x.MarketId);
                });

            migrationBuilder.CreateTable(
                name: "market_risk_factors",
                schema: "trading",
                columns: table => new
                {
                    MarketId = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    FactorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Loading = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_risk_factors", x => new { x.MarketId, x.FactorId });
                });

            migrationBuilder.CreateTable(
                name: "positions",
                schema: "trading",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BasketId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketId = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Shares = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    CostBasis = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    RealizedPnl = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    Fees = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_positions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trades",
                schema: "trading",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    BasketId = table.Column<Guid>(type: "uuid", nullable: false),
                    LegIndex = table.Column<int>(type: "integer", nullable: false),
                    MarketId = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Action = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Shares = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    Price = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trading_accounts",
                schema: "trading",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DemoMode = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trading_accounts", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "venue_credentials",
                schema: "trading",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Venue = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Environment = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Protected = table.Column<string>(type: "text", nullable: false),
                    Hint = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_venue_credentials", x => new { x.UserId, x.Venue, x.Environment });
                });

            migrationBuilder.CreateTable(
                name: "leg_orders",
                schema: "trading",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    LegIndex = table.Column<int>(type: "integer", nullable: false),
                    MarketId = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    Venue = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Instrument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    Budget = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    LimitPrice = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: true),
                    PlannedShares = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    EstimatedCost = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    ClientOrderId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VenueOrderId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FilledShares = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    FilledCost = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    Fees = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    UnwoundShares = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    UnwindProceeds = table.Column<decimal>(type: "numeric(20,8)", precision: 20, scale: 8, nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leg_orders", x => new { x.OrderId, x.LegIndex });
                    table.ForeignKey(
                        name: "FK_leg_orders_basket_orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "trading",
                        principalTable: "basket_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_transitions",
                schema: "trading",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_order_transitions_basket_orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "trading",
                        principalTable: "basket_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_basket_orders_UserId_CreatedAt",
                schema: "trading",
                table: "basket_orders",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_basket_orders_UserId_IdempotencyKey",
                schema: "trading",
                table: "basket_orders",
                columns: new[] { "UserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_leg_orders_ClientOrderId",
                schema: "trading",
                table: "leg_orders",
                column: "ClientOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_order_transitions_OrderId_Id",
                schema: "trading",
                table: "order_transitions",
                columns: new[] { "OrderId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_positions_UserId_Mode_BasketId_MarketId_Outcome",
                schema: "trading",
                table: "positions",
                columns: new[] { "UserId", "Mode", "BasketId", "MarketId", "Outcome" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trades_UserId_At",
                schema: "trading",
                table: "trades",
                columns: new[] { "UserId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "baskets",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "data_protection_keys",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "leg_orders",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "market_quotes",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "market_risk_factors",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "order_transitions",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "positions",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "trades",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "trading_accounts",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "venue_credentials",
                schema: "trading");

            migrationBuilder.DropTable(
                name: "basket_orders",
                schema: "trading");
        }
    }
}
