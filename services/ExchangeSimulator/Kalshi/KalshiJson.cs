namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>
/// Kalshi serves JSON objects with keys in alphabetical order; building every object as an ordinal-sorted
/// dictionary keeps that true for every response without per-type bookkeeping.
/// </summary>
internal sealed class KalshiObject() : SortedDictionary<string, object?>(StringComparer.Ordinal);

internal static class KalshiResults
{
    public static IResult Ok(KalshiObject body, int status = StatusCodes.Status200OK) => Results.Json(body, statusCode: status);

    /// <summary>Kalshi error body: <c>{"error":{"code":"...","message":"..."}}</c>.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new KalshiObject { ["error"] = new KalshiObject { ["code"] = code, ["message"] = message } }, statusCode: status);

    public static IResult NotFound(string what) => Error(StatusCodes.Status404NotFound, "not_found", $"{what} not found");

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "invalid_parameters", message);

    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "authentication_error", message);
}
