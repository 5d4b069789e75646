using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Web.Features.Exchange;

namespace NvzhSurvey.Web.Features.Api;

public static class ApiSetup
{
    public const string Prefix = "/api";

    public static IServiceCollection AddSurveyApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NVZH Ledenonderzoek API";
            document.Info.Description = "Edities, vragenlijsten, import en export van antwoorden, rapportcijfers.";
            return Task.CompletedTask;
        }));
        services.AddScoped<EditionCreator>();

        // The cookie scheme redirects to the login page; an API client needs 401/403 with problem+json instead.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var toLogin = options.Events.OnRedirectToLogin;
            var toAccessDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Niet aangemeld",
                    "Meld je aan of stuur een API-token (Authorization: Bearer …).")
                : toLogin(context);
            options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                ? WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Geen toegang",
                    "Je hebt geen rechten voor deze opdracht.")
                : toAccessDenied(context);
        });
        return services;
    }

    public static WebApplication MapSurveyApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        var api = app.MapGroup("/api/v1").WithTags("NVZH Ledenonderzoek").AddEndpointFilter<ApiExceptionFilter>();
        api.MapEditionEndpoints();
        api.MapResponseEndpoints();
        api.MapFileEndpoints();
        app.MapFallback(Prefix + "/{**path}", () => TypedResults.Problem(
            title: "Niet gevonden", detail: "Deze API-route bestaat niet.", statusCode: StatusCodes.Status404NotFound))
            .ExcludeFromDescription();
        return app;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(Prefix);

    private static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
