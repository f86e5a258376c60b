using System.Diagnostics.CodeAnalysis;

namespace Ito.Web.Api;

/// <summary>What an API call gave: a value, or the problem the API reported.</summary>
public sealed class ApiResult<T>
{
    private ApiResult(T? value, ApiProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public ApiProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static ApiResult<T> Success(T value) => new(value, null);

    public static ApiResult<T> Failure(ApiProblem problem) => new(default, problem);
}

/// <summary>The body of an answer that has none (204).</summary>
public sealed record NoContent
{
    public static readonly NoContent Instance = new();
}
