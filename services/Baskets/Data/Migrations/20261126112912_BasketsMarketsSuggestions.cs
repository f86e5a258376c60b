using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ito.Baskets.Data.Migrations
{
    /// <inheritdoc />
    public partial class BasketsMarketsSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "baskets",
                schema: "baskets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SystemNumber = table.Column<int>(type: "integer", nullable: true),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_baskets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "markets",
                schema: "baskets",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(211)", maxLength: 211, nullable: false),
                    Venue = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CloseTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ListedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SystemBasket = table.Column<int>(type: "integer", nullable: true),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    CategorizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_markets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "suggestions",
                schema: "baskets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BasketId = table.Column<Guid>(type: "uuid", nullable: true),
                    Change = table.Column<string>(type: "jsonb", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBasketId = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "basket_legs",
                schema: "baskets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    MarketId = table.Column<string>(type: "character varying(211)", maxLength: 211, nullable: false),
                    Side = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric", nullable: false),
                    NormalizedWeight = table.Column<decimal>(type: "numeric(10,8)", precision: 10, scale: 8, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    BasketId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_basket_legs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_basket_legs_baskets_BasketId",
                        column: x => x.BasketId,
                        principalSchema: "baskets",
                        principalTable: "baskets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_basket_legs_BasketId",
                schema: "baskets",
                table: "basket_legs",
                column: "BasketId");

            migrationBuilder.CreateIndex(
                name: "IX_basket_legs_MarketId",
                schema: "baskets",
                table: "basket_legs",
                column: "MarketId");

            migrationBuilder.CreateIndex(
                name: "IX_baskets_OwnerId",
                schema: "baskets",
                table: "baskets",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_baskets_SystemNumber",
                schema: "baskets",
                table: "baskets",
                column: "SystemNumber",
                unique: true,
                filter: "\"SystemNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_markets_SystemBasket",
                schema: "baskets",
                table: "markets",
                column: "SystemBasket");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_Status_SubmittedAt",
                schema: "baskets",
                table: "suggestions",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_SubmittedBy",
                schema: "baskets",
                table: "suggestions",
                column: "SubmittedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "basket_legs",
                schema: "baskets");

            migrationBuilder.DropTable(
                name: "markets",
                schema: "baskets");

            migrationBuilder.DropTable(
                name: "suggestions",
                schema: "baskets");

            migrationBuilder.DropTable(
                name: "baskets",
                schema: "baskets");
        }
    }
}
