using Microsoft.AspNetCore.Http;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace VixShield.Grid.Api;

/// <summary>Answers in the API's JSON conventions, whatever JSON options the hosting application configured for itself.</summary>
internal static class ApiResults
{
    public static IResult Json<T>(T value, int statusCode = StatusCodes.Status200OK) =>
        HttpResults.Json(value, SweepApiJson.Options, statusCode: statusCode);

    public static IResult Error(int statusCode, string message) => Json(new ApiError(message), statusCode);

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, message);

    public static IResult UnknownSweep(string sweepId) => Error(StatusCodes.Status404NotFound, $"no sweep {sweepId} on this grid");
}
