using System.Globalization;
using NvzhSurvey.Core.MemberPortal;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Features.MemberPortal;

/// <summary>
/// GET /mijn-organisatie/publicaties/{year}/publicatie.pdf: a published edition's PDF for members (its stored snapshot,
/// so the board's small-number rule applies); 404 for an unpublished year, exactly like a missing one.
/// </summary>
public static class MemberPublicationEndpoints
{
    public static IEndpointRouteBuilder MapMemberPublicationPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/mijn-organisatie/publicaties/{year:int}/publicatie.pdf", PdfAsync)
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PdfAsync(int year, HttpContext context, ActorResolver actors, MemberPublications publications,
        PdfExportLimiter limiter, PublicationPdfExporter exporter, CancellationToken ct)
    {
        if (!await publications.MayReadAsync(await actors.ResolveAsync(context.User, ct), year, ct))
        {
            return Results.NotFound();
        }

        if (limiter.TryAcquire(context.User) is { } wait)
        {
            context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem($"U hebt in korte tijd veel PDF's gevraagd. Probeer het over {wait} seconden opnieuw.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Te veel verzoeken");
        }

        try
        {
            var pdf = await exporter.ExportAsync(year, PublicationOptions.Default, ct);
            return pdf is { Source.IsSnapshot: true } ? Results.File(pdf.Content, "application/pdf", pdf.FileName) : Results.NotFound();
        }
        catch (PublicationException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF maken mislukt");
        }
    }
}
