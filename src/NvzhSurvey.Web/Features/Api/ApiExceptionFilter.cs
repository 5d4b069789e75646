namespace NvzhSurvey.Web.Features.Api;

/// <summary>An unexpected error becomes a problem+json 500 (not the HTML error page) and is logged with its exception.</summary>
internal sealed class ApiExceptionFilter(ILogger<ApiExceptionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "API request {Method} {Path} failed", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return TypedResults.Problem(title: "Interne fout", detail: "Er ging iets mis; probeer het later opnieuw.",
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
