using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ito.MarketIngestion.Data.Migrations
{
    /// <summary>
    /// Search whose cost does not grow with the number of matches: a title-only vector for the first rank, the
    /// filters as lexemes beside the text in one GIN index, a hash order to page along, and the table of known
    /// word stems (kept by a trigger) that typo correction looks up. The title trigram index goes: nothing reads
    /// it any more, and every write paid for it.
    /// </summary>
    public partial class SearchRanking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_markets_search_vector",
                schema: "ingestion",
                table: "markets");

            migrationBuilder.Sql("DROP INDEX IF EXISTS ingestion.ix_markets_title_trgm;");

            // One statement, so the table is rewritten once rather than once per column.
            migrationBuilder.Sql("""
                ALTER TABLE ingestion.markets
                    ADD COLUMN search_facets tsvector NOT NULL GENERATED ALWAYS AS (array_to_tsvector(ARRAY['venue:' || lower(venue::text), 'status:' || lower(status::text), 'category:' || lower(COALESCE(category, '')::text)])) STORED,
                    ADD COLUMN search_key bigint NOT NULL GENERATED ALWAYS AS (hashtextextended(id::text, 0)) STORED,
                    ADD COLUMN title_vector tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title::text)) STORED;
                """);

            migrationBuilder.CreateTable(
                name: "search_lexemes",
                schema: "ingestion",
                columns: table => new
                {
                    lexeme = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_lexemes", x => x.lexeme);
                });

            migrationBuilder.CreateIndex(
                name: "ix_markets_search",
                schema: "ingestion",
                table: "markets",
                columns: new[] { "search_vector", "title_vector", "search_facets" })
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_markets_search_order",
                schema: "ingestion",
                table: "markets",
                columns: new[] { "search_key", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "search_vector", "title_vector", "search_facets", "close_time" });

            // Nearest-spelling look-ups order by trigram distance, which GiST serves.
            migrationBuilder.Sql("CREATE INDEX ix_search_lexemes_trgm ON ingestion.search_lexemes USING gist (lexeme public.gist_trgm_ops);");

            // Once per statement over the rows it wrote: the sync writes a page of markets per statement, and only the
            // stems it has not seen before become new rows.
            migrationBuilder.Sql("""
                CREATE FUNCTION ingestion.record_search_lexemes() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO ingestion.search_lexemes (lexeme)
                    SELECT DISTINCT l.lexeme FROM written_markets m, unnest(m.search_vector) l
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER markets_inserted_search_lexemes AFTER INSERT ON ingestion.markets
                    REFERENCING NEW TABLE AS written_markets FOR EACH STATEMENT EXECUTE FUNCTION ingestion.record_search_lexemes();
                CREATE TRIGGER markets_updated_search_lexemes AFTER UPDATE ON ingestion.markets
                    REFERENCING NEW TABLE AS written_markets FOR EACH STATEMENT EXECUTE FUNCTION ingestion.record_search_lexemes();
                INSERT INTO ingestion.search_lexemes (lexeme)
                SELECT DISTINCT l.lexeme FROM ingestion.markets m, unnest(m.search_vector) l
                ON CONFLICT DO NOTHING;
                """);

            // Search asks the planner how common a word is: the new columns need statistics before autovacuum
            // would next gather them.
            migrationBuilder.Sql("ANALYZE ingestion.markets;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS markets_inserted_search_lexemes ON ingestion.markets;
                DROP TRIGGER IF EXISTS markets_updated_search_lexemes ON ingestion.markets;
                DROP FUNCTION IF EXISTS ingestion.record_search_lexemes();
                """);

            migrationBuilder.DropTable(
                name: "search_lexemes",
                schema: "ingestion");

            migrationBuilder.DropIndex(
                name: "ix_markets_search",
                schema: "ingestion",
                table: "markets");

            migrationBuilder.DropIndex(
                name: "ix_markets_search_order",
                schema: "ingestion",
                table: "markets");

            migrationBuilder.DropColumn(
                name: "search_facets",
                schema: "ingestion",
                table: "markets");

            migrationBuilder.DropColumn(
                name: "search_key",
                schema: "ingestion",
                table: "markets");

            migrationBuilder.DropColumn(
                name: "title_vector",
                schema: "ingestion",
                table: "markets");

            migrationBuilder.CreateIndex(
                name: "IX_markets_search_vector",
                schema: "ingestion",
                table: "markets",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.Sql("CREATE INDEX ix_markets_title_trgm ON ingestion.markets USING gin (title public.gin_trgm_ops);");
        }
    }
}
