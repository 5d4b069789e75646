using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Web.Features.Publication;

public static class PublicationSetup
{
    public static IServiceCollection AddPublication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicationSettings>(configuration.GetSection(PublicationSettings.Section));
        services.AddSingleton<ChromiumPdfPrinter>();
        services.AddScoped<PublicationHtmlRenderer>();
        services.AddScoped<PublicationSnapshots>();
        services.AddScoped<PublicationInputBuilder>();
        services.AddScoped<PublicationPdfExporter>();
        services.AddAuthorizationBuilder()
            .AddPolicy(PublicationAuthorization.Policy, policy => policy.RequireRole(PublicationAuthorization.RolesAllowed));

        // The API answers 401/403 instead of redirecting to the login page.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var redirectToLogin = options.Events.OnRedirectToLogin;
            var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? Status(context.Response, StatusCodes.Status401Unauthorized)
                : redirectToLogin(context);
            options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                ? Status(context.Response, StatusCodes.Status403Forbidden)
                : redirectToAccessDenied(context);
        });
        return services;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
