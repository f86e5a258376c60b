using Ito.Categorization.Http;
using Ito.Categorization.Pipeline;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ito.Categorization.Preview;

/// <summary>Admins try a market text on the pipeline and see why it lands where it does, stage by stage.</summary>
public static class PreviewApi
{
    public const int MaxTitleLength = 10_000;
    public const int MaxTextLength = 20_000;
    public const int MaxTags = 24;
    public const int MaxTagLength = 100;

    public static RouteGroupBuilder MapPreviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/categorization/preview").WithTags("Categorization").RequireAuthorization(Policies.Admin);
        api.MapPost("/", Preview).WithName("PreviewCategorization")
            .WithSummary("Admins: categorizes a title (with optional subtitle, rules, event title, venue, venue category and tags) without storing it; returns basket, factors, direction, confidence and each stage's contribution.")
            .ProducesValidationProblem();
        return api;
    }

    private static Results<Ok<PreviewResult>, ValidationProblem> Preview(PreviewRequest request, CategorizationPipeline pipeline)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Title)) errors.Add("title", "The title is required.");
        else if (request.Title.Length > MaxTitleLength) errors.Add("title", $"The title is at most {MaxTitleLength} characters.");
        CheckLength(errors, "subtitle", request.Subtitle);
        CheckLength(errors, "rules", request.Rules);
        CheckLength(errors, "eventTitle", request.EventTitle);
        CheckLength(errors, "venueCategory", request.VenueCategory);
        var venue = request.Venue?.Trim().ToLowerInvariant() ?? MarketText.Kalshi;
        if (venue is not (MarketText.Kalshi or MarketText.Polymarket)) errors.Add("venue", "The venue is kalshi or polymarket.");
        var tags = request.Tags ?? [];
        if (tags.Count > MaxTags) errors.Add("tags", $"At most {MaxTags} tags.");
        for (var i = 0; i < tags.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(tags[i]) || tags[i].Length > MaxTagLength) errors.Add($"tags[{i}]", $"A tag is 1 to {MaxTagLength} characters.");
        }
        if (errors.Any) return errors.ToProblem();

        var result = pipeline.Categorize(new MarketText(venue, request.Title!, request.Subtitle, request.Rules, request.EventTitle, request.VenueCategory, tags));
        return TypedResults.Ok(PreviewResult.From(result));
    }

    private static void CheckLength(FieldErrors errors, string field, string? value)
    {
        if (value is { Length: > MaxTextLength }) errors.Add(field, $"The {field} is at most {MaxTextLength} characters.");
    }
}
