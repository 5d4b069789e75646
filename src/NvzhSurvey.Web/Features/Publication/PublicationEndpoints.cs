using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Web.Features.Publication;

public static class PublicationEndpoints
{
    /// <summary>GET /api/v1/editions/{year}/publication.pdf[?compare=true]: the PDF of the edition's publication;
    /// GET/PUT /api/v1/editions/{year}/texts/{key}: its narrative texts.</summary>
    public static IEndpointRouteBuilder MapPublicationEndpoints(this IEndpointRouteBuilder app)
    {
        PublicationAuthorization.Apply(app.MapGet("/api/v1/editions/{year:int}/publication.pdf", ExportAsync))
            .WithName("ExportPublication")
            .WithTags("Publicatie")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapEditionTextEndpoints();
        return app;
    }

    private static async Task<IResult> ExportAsync(
        int year, [FromQuery] bool? compare, HttpContext context, PdfExportLimiter limiter, PublicationPdfExporter exporter,
        CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(context.User) is { } wait)
        {
            context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem($"U hebt in korte tijd veel PDF's gevraagd. Probeer het over {wait} seconden opnieuw.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Te veel verzoeken");
        }

        try
        {
            var pdf = await exporter.ExportAsync(year, new PublicationOptions(compare ?? false), cancellationToken);
            return pdf is null
                ? TypedResults.Problem($"Editie {year} bestaat niet.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden")
                : TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
        }
        catch (PublicationException exception)
        {
            if (exception.RetryAfterSeconds is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            }

            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF maken mislukt");
        }
    }
}
