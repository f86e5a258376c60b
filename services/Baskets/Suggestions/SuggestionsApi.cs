using Ito.Baskets.Baskets;
using Ito.Baskets.Data;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Suggestions;

/// <summary>
/// Users suggest new baskets or changes to existing ones; admins approve (the change is applied at once) or reject.
/// </summary>
public static class SuggestionsApi
{
    private const int MaxPageSize = 100;

    public static RouteGroupBuilder MapSuggestionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/suggestions").WithTags("Suggestions");

        api.MapPost("/", SubmitAsync).RequireAuthorization(Policies.Scope(Scopes.BasketsWrite)).WithName("SubmitSuggestion")
            .WithSummary("Suggests a new basket (name, description, legs) or a change to one (basketId with add, remove, weights), with a reason.")
            .ProducesValidationProblem();
        api.MapGet("/mine", ListMineAsync).RequireAuthorization(Policies.Scope(Scopes.BasketsRead)).WithName("ListMySuggestions")
            .WithSummary("The caller's suggestions, newest first, with their review status and notes.");
        api.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.Scope(Scopes.BasketsRead)).WithName("GetSuggestion")
            .WithSummary("One suggestion: its submitter or an admin may read it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", ListAsync).RequireAuthorization(Policies.Admin).WithName("ListSuggestions")
            .WithSummary("Admins: suggestions by status (pending, approved, rejected; all when left out), oldest first.")
            .ProducesValidationProblem();
        api.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.Admin).WithName("ApproveSuggestion")
            .WithSummary("Admins: approves a pending suggestion and applies its change in the same transaction.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/reject", RejectAsync).RequireAuthorization(Policies.Admin).WithName("RejectSuggestion")
            .WithSummary("Admins: rejects a pending suggestion, with notes for the submitter.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Created<SuggestionDetails>, ValidationProblem>> SubmitAsync(
        SuggestionRequest request, BasketsDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (suggestion, violations) = await SuggestionSubmission.ReadAsync(request, db, user.Id, clock.GetUtcNow(), cancellationToken);
        if (suggestion is null) return TypedResults.ValidationProblem(violations.ToDictionary());
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/suggestions/{suggestion.Id}", await SuggestionDetails.DescribeAsync(db, suggestion, cancellationToken));
    }

    private static async Task<Results<Ok<SuggestionPage>, ValidationProblem>> ListMineAsync(
        int? page, int? size, BasketsDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        return await PageAsync(db, db.Suggestions.Where(s => s.SubmittedBy == userId).OrderByDescending(s => s.SubmittedAt), page, size, cancellationToken);
    }

    private static async Task<Results<Ok<SuggestionPage>, ValidationProblem>> ListAsync(
        string? status, int? page, int? size, BasketsDbContext db, CancellationToken cancellationToken)
    {
        var suggestions = db.Suggestions.AsQueryable();
        if (status is not null)
        {
            if (!Enum.TryParse<SuggestionStatus>(status, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted) || int.TryParse(status, out _))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["The status must be pending, approved or rejected."] });
            }
            suggestions = suggestions.Where(s => s.Status == wanted);
        }
        return await PageAsync(db, suggestions.OrderBy(s => s.SubmittedAt), page, size, cancellationToken);
    }

    private static async Task<Results<Ok<SuggestionDetails>, ProblemHttpResult>> GetAsync(
        Guid id, BasketsDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var suggestion = await db.Suggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null || (suggestion.SubmittedBy != user.Id && !user.IsAdmin)) return NotFound(id);
        return TypedResults.Ok(await SuggestionDetails.DescribeAsync(db, suggestion, cancellationToken));
    }

    private static async Task<Results<Ok<SuggestionDetails>, ProblemHttpResult, ValidationProblem>> ApproveAsync(
        Guid id, ReviewRequest? request, SuggestionReview review, BasketsDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (InvalidNotes(request) is { } invalid) return invalid;
        return await AnswerAsync(id, await review.ApproveAsync(id, user.Id, request?.Notes, cancellationToken), db, cancellationToken);
    }

    private static async Task<Results<Ok<SuggestionDetails>, ProblemHttpResult, ValidationProblem>> RejectAsync(
        Guid id, ReviewRequest? request, SuggestionReview review, BasketsDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (InvalidNotes(request) is { } invalid) return invalid;
        return await AnswerAsync(id, await review.RejectAsync(id, user.Id, request?.Notes, cancellationToken), db, cancellationToken);
    }

    private static ValidationProblem? InvalidNotes(ReviewRequest? request) => request?.Notes is { Length: > Suggestion.NotesMaxLength }
        ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["notes"] = [$"The notes are at most {Suggestion.NotesMaxLength} characters."] })
        : null;

    private static async Task<Results<Ok<SuggestionDetails>, ProblemHttpResult, ValidationProblem>> AnswerAsync(
        Guid id, ReviewResult result, BasketsDbContext db, CancellationToken cancellationToken) => result.Outcome switch
    {
        ReviewOutcome.Done => TypedResults.Ok(await SuggestionDetails.DescribeAsync(db, result.Suggestion!, cancellationToken)),
        ReviewOutcome.NotFound => NotFound(id),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            type: ProblemDetailsDefaults.TypeBase + "conflict",
            title: result.Outcome == ReviewOutcome.AlreadyReviewed ? "Suggestion already reviewed" : "Suggestion no longer applies",
            detail: result.Detail,
            extensions: result.Errors is null ? null : new Dictionary<string, object?> { ["errors"] = result.Errors }),
    };

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        type: ProblemDetailsDefaults.TypeBase + "not-found",
        title: "Suggestion not found",
        detail: $"There is no suggestion {id}.");

    private static async Task<Results<Ok<SuggestionPage>, ValidationProblem>> PageAsync(
        BasketsDbContext db, IOrderedQueryable<Suggestion> suggestions, int? page, int? size, CancellationToken cancellationToken)
    {
        var violations = new RuleViolations();
        if (page is < 1) violations.Add("page", "The page starts at 1.");
        if (size is < 1 or > MaxPageSize) violations.Add("size", $"The size is 1 to {MaxPageSize}.");
        if (violations.Any) return TypedResults.ValidationProblem(violations.ToDictionary());

        var (p, s) = (page ?? 1, size ?? 20);
        var total = await suggestions.CountAsync(cancellationToken);
        var items = await suggestions.ThenBy(x => x.Id).Skip((p - 1) * s).Take(s).AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(new SuggestionPage(await SuggestionDetails.DescribeAsync(db, items, cancellationToken), p, s, total));
    }
}
