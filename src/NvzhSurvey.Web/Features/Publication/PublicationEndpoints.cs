using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Web.Features.Publication;

public static class PublicationEndpoints
{
    /// <summary>GET /api/v1/editions/{year}/publication.pdf[?compare=true]: the PDF of the edition's publication.</summary>
    public static IEndpointRouteBuilder MapPublicationEndpoints(this IEndpointRouteBuilder app)
    {
        PublicationAuthorization.Apply(app.MapGet("/api/v1/editions/{year:int}/publication.pdf", ExportAsync))
            .WithName("ExportPublication")
            .WithTags("Publicatie");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        int year, [FromQuery] bool? compare, PublicationPdfExporter exporter, CancellationToken cancellationToken)
    {
        try
        {
            var pdf = await exporter.ExportAsync(year, new PublicationOptions(compare ?? false), cancellationToken);
            return pdf is null
                ? TypedResults.Problem($"Editie {year} bestaat niet.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden")
                : TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
        }
        catch (PublicationException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF maken mislukt");
        }
    }
}
