using Microsoft.EntityFrameworkCore;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>
/// Unexpected errors become problem+json (not the HTML error page): a write that kept colliding with other writers
/// (after the importer's retries) is a 409, anything else a logged 500.
/// </summary>
internal sealed class ApiExceptionFilter(ILogger<ApiExceptionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "API request {Method} {Path} collided with other changes", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return ApiProblems.Conflict("De gegevens zijn tegelijk door iemand anders gewijzigd; probeer het opnieuw.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "API request {Method} {Path} failed", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return TypedResults.Problem(title: "Interne fout", detail: "Er ging iets mis; probeer het later opnieuw.",
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
