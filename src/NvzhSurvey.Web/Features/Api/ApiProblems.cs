using NvzhSurvey.Core.Exchange;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>problem+json answers of the API, with Dutch titles.</summary>
internal static class ApiProblems
{
    /// <summary>400 with an <c>errors</c> list of <c>{ path, message }</c>.</summary>
    public static IResult Invalid(string title, IReadOnlyList<ExchangeError> errors) => TypedResults.Problem(
        title: title,
        detail: string.Join("\n", errors.Select(e => e.ToString())),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new ApiError(e.Path, e.Message)).ToList(),
        });

    public static IResult EditionNotFound(int year) =>
        TypedResults.Problem(title: "Editie niet gevonden", detail: $"Editie {year} bestaat niet.", statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static IResult TooLarge(long limit) => TypedResults.Problem(
        title: "Verzoek te groot",
        detail: $"Het verzoek is groter dan {limit / (1024 * 1024)} MB.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}

/// <summary>One validation problem: JSON path and Dutch message.</summary>
public sealed record ApiError(string Path, string Message);
