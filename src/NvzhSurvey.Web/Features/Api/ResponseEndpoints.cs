using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;
using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Exchange;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>POST /editions/{year}/responses/import and GET /editions/{year}/responses (the same shape).</summary>
internal static class ResponseEndpoints
{
    public static RouteGroupBuilder MapResponseEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/editions/{year:int}/responses/import", ImportAsync).RequireApiFull()
            .WithJsonRequestBody<ResponseBatch>()
            .WithFileRequestBody()
            .Produces<ImportResultDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Importeert organisaties en hun antwoorden, alles of niets; dryRun=true controleert alleen.");
        api.MapGet("/editions/{year:int}/responses", ExportAsync).RequireApiFull()
            .Produces<ResponseBatch>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Alle antwoorden van de editie, in de vorm van de import.");
        return api;
    }

    private static async Task<IResult> ImportAsync(
        int year, HttpRequest request, ResponseImporter importer, FileImporter fileImporter, IOptions<ApiOptions> options,
        CancellationToken cancellationToken, bool dryRun = false, string? emptyCells = null)
    {
        if (FileImportEndpoint.FileExtension(request) is { } extension)
        {
            return await FileImportEndpoint.ImportAsync(year, extension, request, fileImporter, options.Value, dryRun, emptyCells, cancellationToken);
        }

        var (batch, problem) = await LimitedJsonBody.ReadAsync<ResponseBatch>(request, options.Value.ImportMaxBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var changedBy = request.HttpContext.User.ShownName() ?? "API";
        var outcome = await importer.ImportAsync(year, batch, changedBy, dryRun, cancellationToken);
        return ToResult(outcome);
    }

    internal static IResult ToResult(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Imported imported => TypedResults.Ok(ImportResultDto.From(imported)),
        ImportOutcome.Invalid invalid => ApiProblems.Invalid("De import is geweigerd; er is niets opgeslagen", invalid.Errors),
        ImportOutcome.EditionNotFound notFound => ApiProblems.EditionNotFound(notFound.Year),
        ImportOutcome.EditionClosed closed => ApiProblems.Conflict(closed.Message),
        _ => throw new InvalidOperationException("Unknown outcome."),
    };

    /// <summary>The JSON downloads as a file (nvzh-antwoorden-2025.json) when opened from the exchange page.</summary>
    private static async Task<IResult> ExportAsync(int year, HttpResponse response, ResponseExporter exporter, CancellationToken cancellationToken)
    {
        var exported = await exporter.ExportAsync(year, cancellationToken);
        if (exported is null)
        {
            return ApiProblems.EditionNotFound(year);
        }

        response.Headers.ContentDisposition = $"attachment; filename=\"{FileEndpoints.FileName(year, "json")}\"";
        return TypedResults.Json(exported.Batch, LimitedJsonBody.Json);
    }
}

/// <summary>
/// What the import did (or, for a dry run, would do); actions are "created", "updated" or "unchanged". Per
/// organisation the same change list as the preview on the exchange page: field (question label), old and new value.
/// </summary>
public sealed record ImportResultDto(
    bool DryRun, bool NothingChanged, int OrganisationsCreated, int OrganisationsUpdated, int ResponsesCreated, int ResponsesUpdated, int Unchanged,
    IReadOnlyList<ImportedOrganisationDto> Organisations)
{
    public static ImportResultDto From(ImportOutcome.Imported imported) => From(imported.Summary, imported.DryRun);

    public static ImportResultDto From(ImportSummary s, bool dryRun) =>
        new(dryRun, s.NothingChanged, s.OrganisationsCreated, s.OrganisationsUpdated, s.ResponsesCreated, s.ResponsesUpdated, s.Unchanged,
            s.Organisations.Select(o => new ImportedOrganisationDto(o.Key, Name(o.Organisation), Name(o.Response), o.ChangedValues, o.UnchangedValues,
                o.Changes.Select(c => new ImportChangeDto(c.Field, c.OldValue, c.NewValue)).ToList())).ToList());

    private static string Name(ImportAction action) => action.ToString().ToLowerInvariant();
}

public sealed record ImportedOrganisationDto(
    string Key, string Organisation, string Response, int ChangedValues, int UnchangedValues, IReadOnlyList<ImportChangeDto> Changes);

/// <summary>One changed value: "Aantal fte: 8,75 → 9,5" (null: empty).</summary>
public sealed record ImportChangeDto(string Field, string? OldValue, string? NewValue);
