using Microsoft.OpenApi;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;
using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Api;

namespace NvzhSurvey.Web.Features.Exchange;

/// <summary>
/// POST /editions/{year}/responses/import with an Excel or CSV body: the same reading, limits, dry run and
/// all-or-nothing rules as the exchange page. Problems answer 400 problem+json with <c>errors</c> whose path is
/// "rij 3, fte" (spreadsheet row and column).
/// </summary>
internal static class FileImportEndpoint
{
    public const string CsvContentType = "text/csv";

    /// <summary>".xlsx" or ".csv" for a spreadsheet body; null for anything else (JSON is handled by the caller).</summary>
    public static string? FileExtension(HttpRequest request) => request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        FileEndpoints.XlsxContentType => ".xlsx",
        CsvContentType or "application/csv" => ".csv",
        _ => null,
    };

    public static async Task<IResult> ImportAsync(int year, string extension, HttpRequest request, FileImporter importer, ApiOptions options,
        bool dryRun, string? emptyCells, CancellationToken cancellationToken)
    {
        var (body, problem) = await LimitedJsonBody.ReadBytesAsync(request, options.ImportMaxBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var mode = string.Equals(emptyCells, "clear", StringComparison.OrdinalIgnoreCase) ? EmptyCells.Clear : EmptyCells.Keep;
        var changedBy = request.HttpContext.User.ShownName() ?? "API";
        var preview = await importer.PreviewAsync(year, "upload" + extension, body!, changedBy, mode, cancellationToken);
        if (preview.Refusal is { } refusal)
        {
            return preview.Summary is null && refusal.StartsWith("Editie", StringComparison.Ordinal) && refusal.EndsWith("bestaat niet.", StringComparison.Ordinal)
                ? ApiProblems.EditionNotFound(year)
                : ApiProblems.Conflict(refusal);
        }

        if (!preview.CanImport)
        {
            var errors = preview.FileProblems.Concat(preview.Rows.SelectMany(r => r.Problems))
                .Select(p => new ExchangeError(p.Column is { } column ? $"rij {p.Row}, {column}" : $"rij {p.Row}", p.Message))
                .ToList();
            return ApiProblems.Invalid("De import is geweigerd; er is niets opgeslagen", errors);
        }

        if (dryRun)
        {
            return TypedResults.Ok(ImportResultDto.From(preview.Summary!, dryRun: true));
        }

        return ResponseEndpoints.ToResult(await importer.ImportAsync(preview, changedBy, cancellationToken));
    }

    /// <summary>Documents the Excel and CSV bodies next to the JSON one.</summary>
    public static RouteHandlerBuilder WithFileRequestBody(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content is { } content)
            {
                content[FileEndpoints.XlsxContentType] = new OpenApiMediaType();
                content[CsvContentType] = new OpenApiMediaType();
            }

            return Task.CompletedTask;
        });
}
