namespace Ito.ExchangeSimulator.Polymarket;

/// <summary>Polymarket's Gamma, CLOB and Data APIs answer errors as <c>{"error":"..."}</c>.</summary>
internal static class PolyResults
{
    public static IResult Error(int status, string message) =>
        Results.Json(new Dictionary<string, object?> { ["error"] = message }, statusCode: status);

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, message);

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, message);

    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "Unauthorized/Invalid api key");
}
