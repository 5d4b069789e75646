using NvzhSurvey.Core.Editions;
using NvzhSurvey.Web.Features.Accounts;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>
/// POST /editions/{year}/status with <c>{ "status": "open" | "closed" | "published" }</c>: the same transitions as the
/// edition page (<see cref="EditionStateMachine"/>, <see cref="EditionService.ChangeStatusAsync"/>); 409 when not allowed.
/// </summary>
internal static class EditionStatusEndpoint
{
    public static async Task<IResult> ChangeAsync(
        int year, HttpRequest request, EditionService editions, EditionTotalsLoader totals, ActorResolver actors,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await LimitedJsonBody.ReadAsync<EditionStatusRequest>(request, 4 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (Parse(body?.Status) is not { } status)
        {
            return ApiProblems.Invalid("De status is niet gewijzigd", [new("status", "Kies open, closed of published.")]);
        }

        if (await editions.FindAsync(year, cancellationToken) is null)
        {
            return ApiProblems.EditionNotFound(year);
        }

        var result = await editions.ChangeStatusAsync(
            await actors.ResolveAsync(request.HttpContext.User, cancellationToken), year, status, cancellationToken);
        if (!result.Succeeded)
        {
            return ApiProblems.Conflict(result.Error!);
        }

        return TypedResults.Ok(EditionDto.From((await totals.FindAsync(year, cancellationToken))!));
    }

    private static EditionStatus? Parse(string? status) => status switch
    {
        "open" => EditionStatus.Open,
        "closed" => EditionStatus.Closed,
        "published" => EditionStatus.Published,
        _ => null,
    };
}

/// <summary>The body of POST /editions/{year}/status.</summary>
public sealed class EditionStatusRequest
{
    /// <summary>"open", "closed" or "published".</summary>
    public string? Status { get; set; }
}
