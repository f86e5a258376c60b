using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ito.Categorization.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "categorization");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "categorization",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "market_categorizations",
                schema: "categorization",
                columns: table => new
                {
                    MarketId = table.Column<string>(type: "character varying(211)", maxLength: 211, nullable: false),
                    Text = table.Column<string>(type: "jsonb", nullable: false),
                    ContentHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    TextOccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SystemBasket = table.Column<int>(type: "integer", nullable: false),
                    ProposedBasket = table.Column<int>(type: "integer", nullable: false),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Confidence = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    RiskFactors = table.Column<string>(type: "jsonb", nullable: false),
                    PipelineVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NeedsReview = table.Column<bool>(type: "boolean", nullable: false),
                    Overridden = table.Column<bool>(type: "boolean", nullable: false),
                    CategorizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_categorizations", x => x.MarketId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "categorization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    MessageType = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TraceParent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "overrides",
                schema: "categorization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketId = table.Column<string>(type: "character varying(211)", maxLength: 211, nullable: false),
                    SystemBasket = table.Column<int>(type: "integer", nullable: true),
                    RiskFactorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recategorization_jobs",
                schema: "categorization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PipelineVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recategorization_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "system_baskets",
                schema: "categorization",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TaxonomyVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_system_baskets", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "risk_factors",
                schema: "categorization",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SystemBasket = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Directional = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TaxonomyVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_factors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_risk_factors_system_baskets_SystemBasket",
                        column: x => x.SystemBasket,
                        principalSchema: "categorization",
                        principalTable: "system_baskets",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_ProcessedAt",
                schema: "categorization",
                table: "inbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_market_categorizations_PipelineVersion",
                schema: "categorization",
                table: "market_categorizations",
                column: "PipelineVersion");

            migrationBuilder.CreateIndex(
                name: "ix_market_categorizations_review_queue",
                schema: "categorization",
                table: "market_categorizations",
                column: "CategorizedAt",
                filter: "\"NeedsReview\"");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                schema: "categorization",
                table: "outbox_messages",
                column: "Sequence",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_overrides_MarketId_CreatedAt",
                schema: "categorization",
                table: "overrides",
                columns: new[] { "MarketId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "ux_overrides_active_market",
                schema: "categorization",
                table: "overrides",
                column: "MarketId",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_recategorization_jobs_StartedAt",
                schema: "categorization",
                table: "recategorization_jobs",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_risk_factors_SystemBasket_Position",
                schema: "categorization",
                table: "risk_factors",
                columns: new[] { "SystemBasket", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_system_baskets_Slug",
                schema: "categorization",
                table: "system_baskets",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "categorization");

            migrationBuilder.DropTable(
                name: "market_categorizations",
                schema: "categorization");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "categorization");

            migrationBuilder.DropTable(
                name: "overrides",
                schema: "categorization");

            migrationBuilder.DropTable(
                name: "recategorization_jobs",
                schema: "categorization");

            migrationBuilder.DropTable(
                name: "risk_factors",
                schema: "categorization");

            migrationBuilder.DropTable(
                name: "system_baskets",
                schema: "categorization");
        }
    }
}
