using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;
using NvzhSurvey.Web.Features.Api;

namespace NvzhSurvey.Web.Features.Exchange;

/// <summary>GET /editions/{year}/responses.csv and .xlsx: one row per organisation (see <see cref="ResponseTable"/>).</summary>
internal static class FileEndpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapFileEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/editions/{year:int}/responses.csv", async (int year, ResponseExporter exporter, CancellationToken cancellationToken) =>
                await exporter.ExportAsync(year, cancellationToken) is { } exported
                    ? TypedResults.File(ResponseCsv.Write(exported), "text/csv; charset=utf-8", FileName(year, "csv"))
                    : ApiProblems.EditionNotFound(year))
            .RequireApiFull()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("De antwoorden als CSV voor Excel (UTF-8 met BOM, puntkomma's).");
        api.MapGet("/editions/{year:int}/responses.xlsx", async (int year, ResponseExporter exporter, CancellationToken cancellationToken) =>
                await exporter.ExportAsync(year, cancellationToken) is { } exported
                    ? TypedResults.File(ResponseExcel.Write(exported), XlsxContentType, FileName(year, "xlsx"))
                    : ApiProblems.EditionNotFound(year))
            .RequireApiFull()
            .Produces(StatusCodes.Status200OK, contentType: XlsxContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("De antwoorden als Excel-bestand (.xlsx).");
        return api;
    }

    public static string FileName(int year, string extension) => $"nvzh-antwoorden-{year}.{extension}";
}
