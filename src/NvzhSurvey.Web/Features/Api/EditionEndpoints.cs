using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;
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
        api.MapGet("/editions/{year:int}/questionnaire", QuestionnaireAsync).RequireApiRead()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("De vragenlijst: secties, vragen (sleutel, soort, label), opties en klassen.");
        api.MapGet("/editions/{year:int}/report", ReportAsync).RequireApiRead()
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("De cijfers van de editie in de vorm van figures.json.");
        return api;
    }

    private static async Task<Ok<List<EditionDto>>> ListAsync(IDbContextFactory<SurveyDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editions = await db.Editions.AsNoTracking().OrderBy(e => e.Year)
            .Select(e => new
            {
                Edition = e,
                Responses = db.Responses.Count(r => r.EditionId == e.Id),
                Completed = db.Responses.Count(r => r.EditionId == e.Id && r.Status == ResponseStatus.Completed),
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(editions.Select(e => EditionDto.From(e.Edition, e.Responses, e.Completed)).ToList());
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, EditionCreator creator, CancellationToken cancellationToken)
    {
        var (body, problem) = await LimitedJsonBody.ReadAsync<NewEditionRequest>(request, 64 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return await creator.CreateAsync(body ?? new NewEditionRequest(), cancellationToken) switch
        {
            EditionCreation.Created created => TypedResults.Created($"/api/v1/editions/{created.Edition.Year}", EditionDto.From(created.Edition, 0, 0)),
            EditionCreation.AlreadyExists exists => ApiProblems.Conflict($"Editie {exists.Year} bestaat al."),
            EditionCreation.Invalid invalid => ApiProblems.Invalid("De editie is niet aangemaakt", invalid.Errors),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    private static async Task<IResult> QuestionnaireAsync(int year, IDbContextFactory<SurveyDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking()
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            .SingleOrDefaultAsync(e => e.Year == year, cancellationToken);
        return edition is null ? ApiProblems.EditionNotFound(year) : TypedResults.Ok(QuestionnaireDto.From(edition));
    }

    private static async Task<IResult> ReportAsync(int year, ReportCache reports, CancellationToken cancellationToken)
    {
        var report = await reports.GetAsync(year, includeHiddenTexts: false, cancellationToken);
        return report is null
            ? ApiProblems.EditionNotFound(year)
            : TypedResults.Text(ReportJson.Write(report).ToJsonString(), "application/json; charset=utf-8");
    }
}

public sealed record EditionDto(int Year, string Status, int MembersTotal, int LocationsAllMembers, DateTimeOffset? PublishedAt, int Responses, int Completed)
{
    public static EditionDto From(Edition edition, int responses, int completed) => new(
        edition.Year, StatusName(edition.Status), edition.MembersTotal, edition.LocationsAllMembers, edition.PublishedAt, responses, completed);

    /// <summary>"draft", "open", "closed" or "published".</summary>
    public static string StatusName(EditionStatus status) => status.ToString().ToLowerInvariant();
}
