using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Web.Features.Publication.Document;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// The public web edition, anonymous: <c>/publicaties/{year}</c> (HTML), <c>.../publicatie.pdf</c>,
/// <c>.../cijfers.csv</c> and <c>.../cijfers.json</c>. Only for a published edition whose public page the board
/// switched on (404 otherwise), always from its publication snapshot, so hidden texts never appear.
/// </summary>
public static class PublicWebEditionEndpoints
{
    public static IEndpointRouteBuilder MapPublicWebEdition(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/publicaties/{year:int}").AllowAnonymous().WithTags("Openbare publicatie");
        group.MapGet("", PageAsync).WithName("PublicWebEdition");
        group.MapGet("/publicatie.pdf", PdfAsync);
        group.MapGet("/cijfers.csv", CsvAsync);
        group.MapGet("/cijfers.json", JsonAsync);
        return app;
    }

    private static async Task<IResult> PageAsync(int year, HttpContext http, PublicWebEditions editions, PublicationBrandingService branding,
        PublicWebEditionCache cache, PublicationHtmlRenderer renderer, CancellationToken ct)
    {
        PublicSnapshot? published = null;
        var page = await cache.GetAsync(year,
            async () =>
            {
                published = await editions.LoadAsync(year, ct);
                return published is null ? null : $"{published.Snapshot.Id}:{(await branding.GetAsync(ct)).UpdatedAt.UtcTicks}";
            },
            async () => await renderer.RenderAsync(await editions.ReadInputAsync(published!.Snapshot.Id, ct), pageNumbers: null, PublicationMedium.Web));
        if (page is null)
        {
            return NotPublic(year);
        }

        // The app's security headers (CSP 'self', nosniff, no framing) apply; the page has no scripts at all.
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Bytes(page, "text/html; charset=utf-8");
    }

    private static async Task<IResult> PdfAsync(int year, PublicWebEditions editions, PublicationPdfExporter exporter, CancellationToken ct)
    {
        if (await editions.LoadAsync(year, ct) is null)
        {
            return NotPublic(year);
        }

        try
        {
            var pdf = await exporter.ExportAsync(year, PublicationOptions.Default, ct);
            return pdf is { Source.IsSnapshot: true } ? Results.File(pdf.Content, "application/pdf", pdf.FileName) : NotPublic(year);
        }
        catch (PublicationException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF maken mislukt");
        }
    }

    private static async Task<IResult> CsvAsync(int year, PublicWebEditions editions, CancellationToken ct) =>
        await ReportAsync(year, editions, report => Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PublicFigures.Csv(report))).ToArray(),
            "text/csv; charset=utf-8", $"NVZH-ledenonderzoek-{year}-cijfers.csv"), ct);

    private static async Task<IResult> JsonAsync(int year, PublicWebEditions editions, CancellationToken ct) =>
        await ReportAsync(year, editions, report => Results.Text(ReportJson.Write(report).ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
            "application/json; charset=utf-8"), ct);

    private static async Task<IResult> ReportAsync(int year, PublicWebEditions editions, Func<EditionReport, IResult> result, CancellationToken ct)
    {
        if (await editions.LoadAsync(year, ct) is not { } published)
        {
            return NotPublic(year);
        }

        return result((await editions.ReadInputAsync(published.Snapshot.Id, ct)).Report);
    }

    private static ProblemHttpResult NotPublic(int year) =>
        TypedResults.Problem($"Er is geen openbare publicatie van {year}.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
}
