using Microsoft.OpenApi;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>
/// Documents a JSON request body that the endpoint reads itself (see <see cref="LimitedJsonBody"/>). Unlike
/// <c>Accepts&lt;T&gt;()</c> this adds no content-type constraint to routing, so a wrong content type reaches the
/// endpoint and gets a 415 problem instead of falling through to the API's 404 fallback.
/// </summary>
internal static class JsonRequestBody
{
    public static RouteHandlerBuilder WithJsonRequestBody<T>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), cancellationToken: cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
