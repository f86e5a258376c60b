using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ito.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Web;

/// <summary>
/// The public API's documentation: the merged OpenAPI 3.1 document, the interactive reference served without any
/// third-party request, and the docs page whose samples run against the real gateway.
/// </summary>
public sealed partial class DocsPageTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    private static readonly string[] Samples = ["search-markets", "list-baskets", "basket-price", "place-order"];

    [Fact]
    public async Task The_openapi_document_is_the_public_api_of_every_service_in_openapi_3_1_behind_an_api_key()
    {
        var document = await CompleteDocumentAsync();

        Assert.StartsWith("3.1.", (string)document["openapi"]!, StringComparison.Ordinal);
        Assert.Equal("Itô Markets API", (string)document["info"]!["title"]!);
        Assert.Equal("v1", (string)document["info"]!["version"]!);
        Assert.Equal("/", (string)document["servers"]![0]!["url"]!);
        var scheme = document["components"]!["securitySchemes"]!["apiKey"]!;
        Assert.Equal("http", (string)scheme["type"]!);
        Assert.Equal("bearer", (string)scheme["scheme"]!);
        Assert.NotNull(document["security"]![0]!["apiKey"]);

        var paths = document["paths"]!.AsObject();
        Assert.All(paths, path => Assert.StartsWith("/api/v1/", path.Key, StringComparison.Ordinal));
        Assert.NotNull(paths["/api/v1/baskets"]?["get"]);
        Assert.NotNull(paths["/api/v1/markets/search"]?["get"]);
        Assert.NotNull(paths["/api/v1/baskets/{basketId}/price"]?["get"]);
        var placeOrder = paths["/api/v1/baskets/{basketId}/orders"]?["post"];
        Assert.NotNull(placeOrder);
        Assert.Contains(placeOrder["parameters"]!.AsArray(), p => (string?)p!["name"] == "Idempotency-Key" && (string?)p["in"] == "header");

        // Every reference points at a component the merged document holds.
        var schemas = document["components"]!["schemas"]!.AsObject();
        var references = RefPattern().Matches(document.ToJsonString()).Select(m => m.Groups["name"].Value).Distinct().ToList();
        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(schemas.ContainsKey(name), $"$ref to a missing schema {name}"));
    }

    [Fact]
    public async Task The_docs_page_shows_each_task_in_curl_python_and_javascript_and_the_curl_samples_run_against_the_gateway()
    {
        using var session = await ApiSession.StartAsync(System);
        var key = await session.CreateKeyAsync("docs samples", "baskets:read", "markets:read");
        var page = await NewPageAsync();

        await OpenAsync(page, "/docs");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "API docs" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the interactive API reference" })).ToHaveAttributeAsync("href", "/api/docs/");
        foreach (var heading in new[] { "Search markets", "List baskets", "Get a basket's price", "Place an order" })
        {
            var sample = page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });
            await Expect(sample.Locator("figcaption")).ToHaveTextAsync([new Regex("curl"), new Regex(@"Python \(requests\)"), new Regex(@"JavaScript \(fetch\)")]);
        }
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Place an order", Exact = true })).ToContainTextAsync("Idempotency-Key");
        await CheckPageAsync(page, "docs");

        // Every sample calls an operation the real API documents, with the method it documents.
        var document = (await CompleteDocumentAsync())["paths"]!.AsObject();
        var gateway = System.Gateway.BaseAddress!.ToString().TrimEnd('/');
        foreach (var sample in Samples)
        {
            var curl = await SampleAsync(page, sample, "curl");
            var match = Regex.Match(curl, $@"{Regex.Escape(gateway)}(?<path>/api/v1/[^""?\s]+)");
            Assert.True(match.Success, $"{sample}: no gateway URL in\n{curl}");
            var path = match.Groups["path"].Value.Replace("$BASKET_ID", "{basketId}", StringComparison.Ordinal);
            var method = curl.Contains("-X POST", StringComparison.Ordinal) ? "post" : "get";
            Assert.True(document[path]?[method] is not null, $"{sample}: {method.ToUpperInvariant()} {path} is not in the API");
            foreach (var language in new[] { "python", "javascript" })
            {
                var code = await SampleAsync(page, sample, language);
                Assert.All(path.Split("{basketId}"), part => Assert.Contains(part, code, StringComparison.Ordinal));
            }
        }

        // The read-only curl samples, run as printed, answer with the documented shapes.
        var folder = Directory.CreateTempSubdirectory("ito-docs-samples").FullName;
        var environment = new Dictionary<string, string> { ["ITO_API_KEY"] = key };
        var search = await Curl.RunAsync("bash", ["-c", await SampleAsync(page, "search-markets", "curl")], environment, folder);
        Assert.True(search.Exit == 0, search.Errors);
        Assert.NotNull(JsonNode.Parse(search.Output)!["items"]);

        var list = await Curl.RunAsync("bash", ["-c", await SampleAsync(page, "list-baskets", "curl")], environment, folder);
        Assert.True(list.Exit == 0, list.Errors);
        var answer = Curl.Parse(list.Output);
        Assert.Equal(200, answer.Status);
        Assert.True(answer.Headers.ContainsKey("x-ratelimit-remaining"), list.Output);
        var baskets = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "baskets.json")))!;
        Assert.NotEmpty(baskets["items"]!.AsArray());
        Assert.NotNull(baskets["items"]![0]!["legCount"]);
    }

    [Fact]
    public async Task The_interactive_reference_loads_without_a_single_third_party_request_and_tries_a_call_with_the_users_key()
    {
        using var session = await ApiSession.StartAsync(System);
        var key = await session.CreateKeyAsync("reference", "baskets:read");
        var page = await NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await OpenAsync(page, "/docs");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the interactive API reference" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/api/docs/$"));
        // The reference renders the whole API in the browser: on a busy machine that takes a while.
        var slow = new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 };
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Itô Markets API" })).ToBeVisibleAsync(slow);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Open Group - Markets" })).ToBeVisibleAsync(slow);
        await ScreenshotAsync(page, "docs-reference");

        // Try it out: the key typed into the reference goes out as a bearer token, straight to the gateway.
        await page.GetByPlaceholder("Token").First.FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open Group - Baskets" }).ClickAsync();
        await page.GetByText("Lists the baskets the caller can see").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = TestRequestForListBaskets() }).First.ClickAsync();
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Send get request") }).ClickAsync(),
            response => new Uri(response.Url).AbsolutePath == "/api/v1/baskets",
            new() { Timeout = 60_000 });
        Assert.Equal($"Bearer {key}", await answer.Request.HeaderValueAsync("authorization"));
        Assert.Equal(200, answer.Status);
        Assert.NotNull(await answer.HeaderValueAsync("x-ratelimit-limit"));

        var origin = new Uri(System.Gateway.BaseAddress!.ToString()).GetLeftPart(UriPartial.Authority);
        Assert.Contains(requests, url => url.EndsWith("/api/docs/openapi.json", StringComparison.Ordinal));
        var elsewhere = requests.Where(url => !url.StartsWith(origin + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)
                                              && !url.StartsWith("blob:", StringComparison.Ordinal)).ToList();
        Assert.True(elsewhere.Count == 0, "requests left the site: " + string.Join(", ", elsewhere));
    }

    /// <summary>
    /// The merged document once every service has answered: right after start-up a service busy generating its own
    /// document for the first time may miss the deadline, and the merge then says so in its description.
    /// </summary>
    private async Task<JsonObject> CompleteDocumentAsync()
    {
        // Not the fixture's client: its 30 s budget is short for the first merge on a busy machine.
        using var client = new HttpClient { BaseAddress = System.Gateway.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var response = await client.GetAsync("/api/docs/openapi.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            var description = (string)document["info"]!["description"]!;
            if (!description.Contains("Incomplete", StringComparison.Ordinal)) return document;
            Assert.True(DateTime.UtcNow < deadline, $"the document stayed incomplete: {description}");
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private static async Task<string> SampleAsync(IPage page, string sample, string language) =>
        await page.Locator($"#code-{sample}-{language}").InnerTextAsync();

    // Slashes escaped: Playwright writes the pattern into a /…/ selector.
    [GeneratedRegex(@"^Test Request\s*\(get \/api\/v1\/baskets\)")]
    private static partial Regex TestRequestForListBaskets();

    [GeneratedRegex("\"\\$ref\":\"#/components/schemas/(?<name>[^\"]+)\"")]
    private static partial Regex RefPattern();
}
