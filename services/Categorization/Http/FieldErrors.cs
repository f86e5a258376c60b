using Microsoft.AspNetCore.Http.HttpResults;

namespace Ito.Categorization.Http;

/// <summary>Validation errors by request field, so one 400 names every field to fix rather than only the first.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages)) errors[field] = messages = [];
        messages.Add(message);
    }

    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    public static ValidationProblem Single(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors.ToProblem();
    }

    public static ProblemHttpResult NotFound(string title, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        type: ProblemDetailsDefaults.TypeBase + "not-found",
        title: title,
        detail: detail);
}
