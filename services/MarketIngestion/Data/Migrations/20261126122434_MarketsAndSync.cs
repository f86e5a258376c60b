using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace Ito.MarketIngestion.Data.Migrations
{
    /// <inheritdoc />
    public partial class MarketsAndSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The AppHost's database setup creates pg_trgm in schema public (the service's role may not create
            // extensions); a fresh database owned by a superuser (tests) gets it here. Guarded either way.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                        CREATE EXTENSION pg_trgm SCHEMA public;
                    END IF;
                END
                $$;
                """);

            migrationBuilder.CreateTable(
                name: "events",
                schema: "ingestion",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    venue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    venue_event_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    mutually_exclusive = table.Column<bool>(type: "boolean", nullable: false),
                    outcome_count = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "markets",
                schema: "ingestion",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    venue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    venue_market_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    event_id = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: true),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    subtitle = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    rules_text = table.Column<string>(type: "text", nullable: true),
                    event_title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    close_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    result = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    yes_token_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    no_token_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                        .Annotation("Npgsql:TsVectorConfig", "english")
                        .Annotation("Npgsql:TsVectorProperties", new[] { "title", "event_title", "subtitle", "category" })
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_markets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "quarantined_records",
                schema: "ingestion",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sync_job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    venue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    raw_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload_excerpt = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quarantined_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sync_failed_pages",
                schema: "ingestion",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sync_job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    venue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    cursor = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_failed_pages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sync_jobs",
                schema: "ingestion",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    pages_done = table.Column<int>(type: "integer", nullable: false),
                    failed_pages = table.Column<int>(type: "integer", nullable: false),
                    added = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    closed = table.Column<int>(type: "integer", nullable: false),
                    quarantined = table.Column<int>(type: "integer", nullable: false),
                    kalshi_cursor = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    kalshi_listed = table.Column<bool>(type: "boolean", nullable: false),
                    kalshi_complete = table.Column<bool>(type: "boolean", nullable: false),
                    polymarket_cursor = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    polymarket_listed = table.Column<bool>(type: "boolean", nullable: false),
                    polymarket_complete = table.Column<bool>(type: "boolean", nullable: false),
                    closing = table.Column<bool>(type: "boolean", nullable: false),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sync_seen_markets",
                schema: "ingestion",
                columns: table => new
                {
                    sync_job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    market_id = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_seen_markets", x => new { x.sync_job_id, x.market_id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_markets_close_time",
                schema: "ingestion",
                table: "markets",
                column: "close_time");

            migrationBuilder.CreateIndex(
                name: "IX_markets_event_id",
                schema: "ingestion",
                table: "markets",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_markets_open_by_venue",
                schema: "ingestion",
                table: "markets",
                columns: new[] { "venue", "id" },
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_markets_search_vector",
                schema: "ingestion",
                table: "markets",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_markets_status",
                schema: "ingestion",
                table: "markets",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_quarantined_records_sync_job_id",
                schema: "ingestion",
                table: "quarantined_records",
                column: "sync_job_id");

            migrationBuilder.CreateIndex(
                name: "IX_sync_failed_pages_sync_job_id",
                schema: "ingestion",
                table: "sync_failed_pages",
                column: "sync_job_id");

            migrationBuilder.CreateIndex(
                name: "IX_sync_jobs_started_at",
                schema: "ingestion",
                table: "sync_jobs",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ux_sync_jobs_one_running",
                schema: "ingestion",
                table: "sync_jobs",
                column: "state",
                unique: true,
                filter: "state = 'Running'");

            // Typo tolerance: word similarity of the query to the title (the <% operator) uses this index.
            migrationBuilder.Sql("CREATE INDEX ix_markets_title_trgm ON ingestion.markets USING gin (title public.gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ingestion.ix_markets_title_trgm;");

            migrationBuilder.DropTable(
                name: "events",
                schema: "ingestion");

            migrationBuilder.DropTable(
                name: "markets",
                schema: "ingestion");

            migrationBuilder.DropTable(
                name: "quarantined_records",
                schema: "ingestion");

            migrationBuilder.DropTable(
                name: "sync_failed_pages",
                schema: "ingestion");

            migrationBuilder.DropTable(
                name: "sync_jobs",
                schema: "ingestion");

            migrationBuilder.DropTable(
                name: "sync_seen_markets",
                schema: "ingestion");
        }
    }
}
