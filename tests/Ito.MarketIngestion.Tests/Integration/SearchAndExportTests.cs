using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.MarketIngestion.Search;
using Ito.MarketIngestion.Tests.Infrastructure;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ito.MarketIngestion.Tests.Integration;

/// <summary>Unified search, market detail and CSV export over a synced simulator universe.</summary>
public sealed class SearchAndExportTests(IsolatedInfrastructure infrastructure) : IClassFixture<IsolatedInfrastructure>, IAsyncLifetime
{
    private SimulatorHost _simulator = null!;
    private IngestionFactory _ingestion = null!;
    private HttpClient _reader = null!;

    public async Task InitializeAsync()
    {
        _simulator = new SimulatorHost(seed: 7105, marketCount: 400);
        await _simulator.UniverseAsync();
        _ingestion = new IngestionFactory(infrastructure, _simulator);
        using var cron = SyncDriver.CronClient(_ingestion);
        Assert.Equal("completed", (await SyncDriver.RunAsync(cron)).State);
        _reader = _ingestion.CreateClientFor(Guid.NewGuid(), scopes: [Scopes.MarketsRead]);
    }

    public async Task DisposeAsync()
    {
        _reader.Dispose();
        await _ingestion.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Text_search_ranks_matches_tolerates_typos_and_filters()
    {
        var sample = await _ingestion.WithDbAsync(db => db.Markets.OrderBy(m => m.Id).FirstAsync(m => m.Id.StartsWith("kalshi:")));
        var word = sample.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).OrderByDescending(w => w.Length).First();

        var exact = await SearchAsync($"q={Uri.EscapeDataString(word)}&limit=100");
        Assert.NotEmpty(exact.Items);
        Assert.All(exact.Items, m => Assert.True(
            (m.Title + " " + m.EventTitle + " " + m.Subtitle + " " + m.Category).Contains(word[..^2], StringComparison.OrdinalIgnoreCase), $"{m.Title} matches {word}"));

        // One letter dropped from the middle of the word still finds it.
        var typo = word.Remove(word.Length / 2, 1);
        var fuzzy = await SearchAsync($"q={Uri.EscapeDataString(typo)}&limit=100");
        Assert.Contains(fuzzy.Items, m => m.Title.Contains(word, StringComparison.OrdinalIgnoreCase));

        var kalshiOnly = await SearchAsync($"q={Uri.EscapeDataString(word)}&platform=kalshi&status=open&limit=100");
        Assert.All(kalshiOnly.Items, m => Assert.Equal(("kalshi", "open"), (m.Platform, m.Status)));

        var category = sample.Category!;
        var byCategory = await SearchAsync($"category={Uri.EscapeDataString(category.ToUpperInvariant())}&limit=100");
        Assert.NotEmpty(byCategory.Items);
        Assert.All(byCategory.Items, m => Assert.Equal(category, m.Category, ignoreCase: true));

        var before = DateTimeOffset.UtcNow.AddDays(30);
        var closing = await SearchAsync($"closes_before={Uri.EscapeDataString(before.ToString("O"))}&limit=100");
        Assert.All(closing.Items, m => Assert.True(m.CloseTime < before));
    }

    [Fact]
    public async Task Keyset_pages_cover_every_match_exactly_once()
    {
        var expected = await _ingestion.WithDbAsync(db => db.Markets.CountAsync(m => m.Venue == Contracts.Venue.Polymarket));
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync("platform=polymarket&limit=37" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.True(page.Items.Count <= 37);
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        Assert.Equal(expected, seen.Count);
        Assert.Equal(expected, seen.Distinct().Count());

        // Ranked text search pages the same way, through both ranks, with and without filters, whether a page is
        // found by walking the search order or by collecting the matches (small pages of a common word: both).
        var word = await MostCommonTitleWordAsync();
        foreach (var (filters, limit) in new[] { ("", 7), ("&platform=kalshi&status=open", 3), ("&category=" + Uri.EscapeDataString(await AnyCategoryAsync()), 2) })
        {
            var query = $"q={Uri.EscapeDataString(word)}{filters}";
            var ranked = new List<string>();
            cursor = null;
            do
            {
                var page = await SearchAsync($"{query}&limit={limit}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
                Assert.True(page.Items.Count <= limit);
                ranked.AddRange(page.Items.Select(i => i.Id));
                cursor = page.NextCursor;
            }
            while (cursor is not null);

            var matching = await MatchingIdsAsync(word, filters);
            Assert.NotEmpty(matching);
            Assert.Equal(ranked.Count, ranked.Distinct().Count());
            Assert.Equal(matching.Order(StringComparer.Ordinal), ranked.Order(StringComparer.Ordinal));
            Assert.Equal((await SearchAsync($"{query}&limit=100")).Items.Select(i => i.Id), ranked.Take(100));
        }
    }

    [Fact]
    public async Task Markets_with_every_word_in_the_title_rank_first()
    {
        // A category word: some markets hold it in the title, others only in their category or event title.
        var (word, inTitle, elsewhere) = await _ingestion.WithDbAsync(async db =>
        {
            foreach (var category in await db.Markets.Where(m => m.Category != null).Select(m => m.Category!).Distinct().OrderBy(c => c).ToListAsync())
            {
                var candidate = category.Split(' ')[0];
                var counts = await db.Database.SqlQuery<int>($"""
                    SELECT count(*) FILTER (WHERE title_vector @@ websearch_to_tsquery('english', {candidate}))::int AS "Value" FROM ingestion.markets
                    WHERE search_vector @@ websearch_to_tsquery('english', {candidate})
                    UNION ALL
                    SELECT count(*) FILTER (WHERE NOT title_vector @@ websearch_to_tsquery('english', {candidate}))::int FROM ingestion.markets
                    WHERE search_vector @@ websearch_to_tsquery('english', {candidate})
                    """).ToListAsync();
                if (counts[0] > 0 && counts[1] > 0) return (candidate, counts[0], counts[1]);
            }
            return ("", 0, 0);
        });
        Assert.NotEqual("", word);

        var titles = await TitleMatchesAsync(word);
        var ranked = new List<bool>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync($"q={Uri.EscapeDataString(word)}&limit=50" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            ranked.AddRange(page.Items.Select(i => titles.Contains(i.Id)));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Repeat(true, inTitle).Concat(Enumerable.Repeat(false, elsewhere)), ranked);
    }

    [Fact]
    public async Task Misspelt_words_find_what_was_meant()
    {
        var sample = await _ingestion.WithDbAsync(db => db.Markets.OrderBy(m => m.Id).FirstAsync(m => m.Id.StartsWith("polymarket:")));
        var word = sample.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).OrderByDescending(w => w.Length).First();
        var exact = await MatchingIdsAsync(word, "");
        Assert.NotEmpty(exact);

        // A swapped pair and a doubled letter (the dropped letter is tried above), alone and beside a correct word:
        // everything the word itself finds is found.
        var titleWord = sample.Title.Split(' ').First(w => w.Length > 3 && w.All(char.IsLetter) && w != word);
        foreach (var typo in new[] { word[..2] + word[3] + word[2] + word[4..], word.Insert(3, word[3].ToString()) })
        {
            var found = await AllPagesAsync(typo);
            Assert.True(found.ToHashSet().IsSupersetOf(exact), $"'{typo}' found {found.Count} of the {exact.Count} markets '{word}' finds");
            var withWord = await AllPagesAsync(titleWord + " " + typo);
            Assert.True(withWord.Contains(sample.Id), $"'{titleWord} {typo}' found {withWord.Count} markets, not {sample.Title}");
        }

        async Task<List<string>> AllPagesAsync(string text)
        {
            var ids = new List<string>();
            string? cursor = null;
            do
            {
                var page = await SearchAsync($"q={Uri.EscapeDataString(text)}&limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
                ids.AddRange(page.Items.Select(i => i.Id));
                cursor = page.NextCursor;
            }
            while (cursor is not null);
            return ids;
        }
    }

    [Fact]
    public async Task Text_with_nothing_to_search_for_finds_nothing_and_a_cursor_only_works_on_its_own_search()
    {
        Assert.Empty((await SearchAsync("q=will+the")).Items);
        Assert.Empty((await SearchAsync("q=zzqxv")).Items);

        var word = await MostCommonTitleWordAsync();
        var first = await SearchAsync($"q={Uri.EscapeDataString(word)}&limit=2");
        Assert.NotNull(first.NextCursor);
        using var other = await _reader.GetAsync($"/api/v1/markets/search?q={Uri.EscapeDataString(word)}&platform=kalshi&limit=2&cursor={Uri.EscapeDataString(first.NextCursor!)}");
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("\"cursor\"", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("platform=betfair", "platform")]
    [InlineData("status=sleeping", "status")]
    [InlineData("closes_before=tomorrow", "closes_before")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_parameters_are_a_400_naming_the_field(string query, string field)
    {
        using var response = await _reader.GetAsync("/api/v1/markets/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://docs.itomarkets.dev/problems/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());

        using var export = await _reader.GetAsync("/api/v1/markets/export.csv?" + query);
        Assert.Equal(field is "limit" or "cursor" ? HttpStatusCode.OK : HttpStatusCode.BadRequest, export.StatusCode);
    }

    [Fact]
    public async Task Reading_markets_needs_the_markets_read_scope()
    {
        using var anonymous = _ingestion.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/markets/search?q=will")).StatusCode);
        using var tradesOnly = _ingestion.CreateClientFor(Guid.NewGuid(), scopes: [Scopes.TradesRead]);
        Assert.Equal(HttpStatusCode.Forbidden, (await tradesOnly.GetAsync("/api/v1/markets/search?q=will")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tradesOnly.GetAsync("/api/v1/markets/export.csv")).StatusCode);
    }

    [Fact]
    public async Task A_market_comes_with_its_event_and_sibling_outcomes()
    {
        var categorical = await _ingestion.WithDbAsync(db => db.Events.FirstAsync(e => e.MutuallyExclusive && e.OutcomeCount > 2));
        var outcome = await _ingestion.WithDbAsync(db => db.Markets.OrderBy(m => m.Id).FirstAsync(m => m.EventId == categorical.Id));

        var detail = await _reader.GetFromJsonAsync<JsonElement>("/api/v1/markets/" + Uri.EscapeDataString(outcome.Id));
        Assert.Equal(outcome.Id, detail.GetProperty("market").GetProperty("id").GetString());
        Assert.Equal(categorical.Title, detail.GetProperty("event").GetProperty("title").GetString());
        Assert.True(detail.GetProperty("event").GetProperty("mutuallyExclusive").GetBoolean());
        Assert.Equal(categorical.OutcomeCount - 1, detail.GetProperty("siblings").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/api/v1/markets/kalshi:NOPE-NOT-LISTED")).StatusCode);
        using var bad = await _reader.GetAsync("/api/v1/markets/nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"id\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_streams_every_matching_market_as_rfc4180_csv()
    {
        using var response = await _reader.GetAsync("/api/v1/markets/export.csv?platform=kalshi", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        var rows = ParseCsv(text);
        Assert.Equal(["id", "platform", "event_id", "title"], rows[0].Take(4));
        var expected = await _ingestion.WithDbAsync(db => db.Markets.Where(m => m.Venue == Contracts.Venue.Kalshi).OrderBy(m => m.Id).Select(m => new { m.Id, m.Title }).ToListAsync());
        Assert.Equal(expected.Count, rows.Count - 1);
        Assert.Equal(expected.Select(e => e.Id), rows.Skip(1).Select(r => r[0]));
        Assert.Equal(expected.Select(e => e.Title), rows.Skip(1).Select(r => r[3]));
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
    }

    private Task<string> MostCommonTitleWordAsync() => _ingestion.WithDbAsync(db => db.Database.SqlQuery<string>($"""
        SELECT w AS "Value" FROM ingestion.markets m, regexp_split_to_table(lower(m.title), '[^a-z]+') w
        WHERE length(w) > 4 AND to_tsvector('english', w) <> ''::tsvector
        GROUP BY w ORDER BY count(*) DESC, w LIMIT 1
        """).SingleAsync());

    private Task<string> AnyCategoryAsync() =>
        _ingestion.WithDbAsync(db => db.Markets.Where(m => m.Category != null).OrderBy(m => m.Id).Select(m => m.Category!).FirstAsync());

    /// <summary>What the search should find, straight from the table: the text, and the filters as the API reads them.</summary>
    private Task<List<string>> MatchingIdsAsync(string word, string filters)
    {
        var parameters = System.Web.HttpUtility.ParseQueryString(filters);
        var platform = parameters["platform"];
        var status = parameters["status"];
        var category = parameters["category"];
        return _ingestion.WithDbAsync(db => db.Database.SqlQuery<string>($"""
            SELECT id AS "Value" FROM ingestion.markets
            WHERE search_vector @@ websearch_to_tsquery('english', {word})
              AND ({platform}::text IS NULL OR lower(venue) = {platform})
              AND ({status}::text IS NULL OR lower(status) = {status})
              AND ({category}::text IS NULL OR lower(category) = lower({category}))
            """).ToListAsync());
    }

    private async Task<HashSet<string>> TitleMatchesAsync(string word) => (await _ingestion.WithDbAsync(db => db.Database.SqlQuery<string>($"""
        SELECT id AS "Value" FROM ingestion.markets WHERE title_vector @@ websearch_to_tsquery('english', {word})
        """).ToListAsync())).ToHashSet();

    private async Task<SearchResultDto> SearchAsync(string query)
    {
        using var response = await _reader.GetAsync("/api/v1/markets/search?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"search {query}: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<SearchResultDto>(body, JsonSerializerOptions.Web)!;
    }

    /// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
