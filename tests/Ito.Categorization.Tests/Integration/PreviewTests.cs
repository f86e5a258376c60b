using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Tests.Integration;

/// <summary>Admins try a text on the pipeline and see each stage's contribution; nothing is stored.</summary>
[Collection(CategorizationServiceCollection.Name)]
public sealed class PreviewTests(CategorizationService service)
{
    [Fact]
    public async Task A_preview_returns_the_verdict_and_the_contribution_of_all_ten_stages()
    {
        var storedBefore = await service.WithDbAsync(db => db.MarketCategorizations.CountAsync());

        var response = await service.AdminClient().PostAsJsonAsync("/api/v1/categorization/preview", new
        {
            title = "Will the Fed cut rates in December?",
            subtitle = "FOMC",
            rules = "Resolves YES if the target range is lowered.",
            venue = "kalshi",
            venueCategory = "Economics",
            tags = new[] { "Fed" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await CategorizationService.JsonAsync(response);
        Assert.Equal(4, preview.GetProperty("systemBasket").GetInt32());
        Assert.Equal("down", preview.GetProperty("direction").GetString());
        Assert.Equal("rates.fed-funds", preview.GetProperty("riskFactors")[0].GetProperty("id").GetString());
        Assert.InRange(preview.GetProperty("confidence").GetDouble(), 0.35, 1);
        var stages = preview.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("stage").GetString()).ToList();
        Assert.Equal(10, stages.Count);
        Assert.Equal(10, stages.Distinct().Count());
        Assert.All(preview.GetProperty("contributions").EnumerateArray(), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("summary").GetString())));
        Assert.Equal(storedBefore, await service.WithDbAsync(db => db.MarketCategorizations.CountAsync()));
    }

    public static TheoryData<string, string> InvalidPreviews => new()
    {
        { "title missing", "title" },
        { "title blank", "title" },
        { "title over 10 000 characters", "title" },
        { "unknown venue", "venue" },
        { "blank tag", "tags[1]" },
        { "rules over 20 000 characters", "rules" },
    };

    [Theory]
    [MemberData(nameof(InvalidPreviews))]
    public async Task An_invalid_preview_is_a_400_naming_the_field(string invalid, string field)
    {
        var body = new Dictionary<string, object?> { ["title"] = "Will the Fed cut rates?", ["venue"] = "polymarket", ["tags"] = new[] { "a", "b" } };
        switch (invalid)
        {
            case "title missing": body.Remove("title"); break;
            case "title blank": body["title"] = " "; break;
            case "title over 10 000 characters": body["title"] = new string('x', 10_001); break;
            case "unknown venue": body["venue"] = "nyse"; break;
            case "blank tag": body["tags"] = new[] { "a", "" }; break;
            case "rules over 20 000 characters": body["rules"] = new string('x', 20_001); break;
        }

        var response = await service.AdminClient().PostAsJsonAsync("/api/v1/categorization/preview", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await CategorizationService.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), invalid);
    }

    [Fact]
    public async Task The_review_queue_rejects_a_bad_page_size()
    {
        var response = await service.AdminClient().GetAsync("/api/v1/categorization/review?size=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await CategorizationService.JsonAsync(response)).GetProperty("errors").TryGetProperty("size", out _));
    }
}
