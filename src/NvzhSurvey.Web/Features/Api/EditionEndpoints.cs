using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Reporting;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>GET/POST /editions, GET /editions/{year}/questionnaire and /report.</summary>
internal static class EditionEndpoints
{
    public static RouteGroupBuilder MapEditionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/editions", ListAsync).RequireApiRead()
            .WithSummary("Alle edities met status en voortgang.");
        api.MapPost("/editions", CreateAsync).RequireApiFull()
            .WithJsonRequestBody<NewEditionRequest>()
            .Produces<EditionDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Maakt een nieuwe editie (concept) met een kopie van de vragenlijst van een eerdere editie.");
        api.MapPost("/editions/{year:int}/status", EditionStatusEndpoint.ChangeAsync).RequireApiFull()
            .WithJsonRequestBody<EditionStatusRequest>()
            .Produces<EditionDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Zet de status van een editie: open, closed of published (publiceren alleen vanuit closed, met snapshot).");
        api.MapGet("/editions/{year:int}/questionnaire", QuestionnaireAsync).RequireApiRead()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("De vragenlijst: secties, vragen (sleutel, soort, label), opties en klassen.");
        api.MapGet("/editions/{year:int}/report", ReportAsync).RequireApiRead()
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("De cijfers van de editie in de vorm van figures.json.");
        return api;
    }

    private static async Task<Ok<List<EditionDto>>> ListAsync(EditionTotalsLoader editions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await editions.ListAsync(cancellationToken)).Select(EditionDto.From).ToList());

    private static async Task<IResult> CreateAsync(
        HttpRequest request, EditionCreator creator, EditionTotalsLoader editions, CancellationToken cancellationToken)
    {
        var (body, problem) = await LimitedJsonBody.ReadAsync<NewEditionRequest>(request, 64 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return await creator.CreateAsync(body ?? new NewEditionRequest(), cancellationToken) switch
        {
            EditionCreation.Created created => TypedResults.Created($"/api/v1/editions/{created.Edition.Year}",
                EditionDto.From((await editions.FindAsync(created.Edition.Year, cancellationToken))!)),
            EditionCreation.AlreadyExists exists => ApiProblems.Conflict($"Editie {exists.Year} bestaat al."),
            EditionCreation.Invalid invalid => ApiProblems.Invalid("De editie is niet aangemaakt", invalid.Errors),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    private static async Task<IResult> QuestionnaireAsync(int year, QuestionnaireEditor questionnaires, CancellationToken cancellationToken) =>
        await questionnaires.LoadAsync(year, cancellationToken) is { } edition
            ? TypedResults.Ok(QuestionnaireDto.From(edition))
            : ApiProblems.EditionNotFound(year);

    private static async Task<IResult> ReportAsync(
        int year, ReportCache reports, HttpContext context, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        // A Full token or staff see figures with too few answers (marked); read-only tokens and the board do not.
        var seesEverything = (await authorization.AuthorizeAsync(context.User, Policies.ApiFull)).Succeeded;
        var report = await reports.GetAsync(year, includeHiddenTexts: false, seesEverything, cancellationToken);
        return report is null
            ? ApiProblems.EditionNotFound(year)
            : TypedResults.Text(ReportJson.Write(report).ToJsonString(), "application/json; charset=utf-8");
    }
}

/// <summary>An edition; the member totals come from its member list, or from a manual correction (<c>membersCorrected</c>).</summary>
public sealed record EditionDto(
    int Year, string Status, int MembersTotal, int LocationsAllMembers, bool MembersCorrected, DateTimeOffset? PublishedAt, int Responses, int Completed)
{
    public static EditionDto From(EditionTotals edition) =>
        new(edition.Year, StatusName(edition.Status), edition.MembersTotal, edition.LocationsAllMembers, edition.MembersCorrected,
            edition.PublishedAt, edition.Responses, edition.Completed);

    /// <summary>"draft", "open", "closed" or "published".</summary>
    public static string StatusName(EditionStatus status) => status.ToString().ToLowerInvariant();
}
