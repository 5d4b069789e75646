using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Api;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Features.Benchmarks;

/// <summary>
/// GET /api/v1/editions/{year}/benchmarks/{organisationKey} (Full tokens and staff), the member's PDF
/// /mijn-organisatie/vergelijking/{jaar}/pdf, staff's PDF /edities/{jaar}/vergelijkingen/{organisatie}/pdf and the
/// download of a finished "Alle vergelijkingen" ZIP. Who may see what is decided in Core (<see cref="BenchmarkAccess"/>).
/// </summary>
public static class BenchmarkEndpoints
{
    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/editions/{year:int}/benchmarks/{organisationKey}", ApiAsync).RequireApiFull()
            .AddEndpointFilter<ApiExceptionFilter>()
            .WithTags("NVZH Ledenonderzoek")
            .Produces<BenchmarkJson>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("De vergelijking van één organisatie met het netwerk (cijfers met mediaan, P25, P75 en positie; keuzes).");
        app.MapGet("/mijn-organisatie/vergelijking/{year:int}/pdf", MemberPdfAsync).RequireAuthorization(Policies.Member).ExcludeFromDescription();
        app.MapGet("/edities/{year:int}/vergelijkingen/{organisationKey}/pdf", StaffPdfAsync).RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        app.MapGet("/edities/{year:int}/vergelijkingen-zip/{id:guid}", (int year, Guid id, BenchmarkZipStore store) =>
                store.Take(year, id) is { } zip ? Results.File(zip, "application/zip", BenchmarkZipBuilder.FileName(year)) : Results.NotFound())
            .RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ApiAsync(
        int year, string organisationKey, HttpContext context, ActorResolver actors, BenchmarkQuery query, CancellationToken ct)
    {
        var result = await query.GetAsync(await actors.ResolveAsync(context.User, ct), year, organisationKey, ct);
        return result.Outcome switch
        {
            BenchmarkOutcome.Ok => TypedResults.Ok(BenchmarkJson.From(result.Benchmark!)),
            BenchmarkOutcome.Forbidden => TypedResults.Problem(title: "Geen toegang", detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
            BenchmarkOutcome.NotAvailable => ApiProblems.Conflict(result.Message!),
            _ => TypedResults.Problem(title: "Niet gevonden", detail: result.Message, statusCode: StatusCodes.Status404NotFound),
        };
    }

    private static async Task<IResult> MemberPdfAsync(
        int year, HttpContext context, ActorResolver actors, BenchmarkQuery query, BenchmarkPdfExporter exporter, CancellationToken ct)
    {
        var result = await query.GetOwnAsync(await actors.ResolveAsync(context.User, ct), year, ct);
        return await PdfAsync(result, exporter, ct);
    }

    private static async Task<IResult> StaffPdfAsync(
        int year, string organisationKey, HttpContext context, ActorResolver actors, BenchmarkQuery query, BenchmarkPdfExporter exporter,
        CancellationToken ct)
    {
        var result = await query.GetAsync(await actors.ResolveAsync(context.User, ct), year, organisationKey, ct);
        return await PdfAsync(result, exporter, ct);
    }

    private static async Task<IResult> PdfAsync(BenchmarkResult result, BenchmarkPdfExporter exporter, CancellationToken ct)
    {
        if (result.Benchmark is not { } benchmark)
        {
            return Results.NotFound();
        }

        try
        {
            return Results.File(await exporter.PrintAsync(benchmark, ct), "application/pdf", BenchmarkPdfExporter.FileName(benchmark));
        }
        catch (PublicationException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF maken mislukt");
        }
    }
}
