using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NvzhSurvey.Web.Features.Accounts.Security;

/// <summary>
/// Named rate-limit policies, per client IP address in a fixed window. Attach with
/// <c>[EnableRateLimiting(RateLimitPolicies.Login)]</c> on a page or <c>.RequireRateLimiting(RateLimitPolicies.Api)</c>
/// on an endpoint. Limits come from "RateLimiting:Login|Api:PermitLimit|WindowSeconds".
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Form posts of login, forgotten password and invitation pages (GETs are not limited).</summary>
    public const string Login = "login";

    /// <summary>API calls (token and cookie). Every path under /api is limited this way already by the global limiter;
    /// attach the policy to API-like endpoints elsewhere.</summary>
    public const string Api = "api";

    internal static IServiceCollection AddSurveyRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var login = Limits(configuration, "Login", permitLimit: 10, windowSeconds: 60);
            var api = Limits(configuration, "Api", permitLimit: 120, windowSeconds: 60);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Login, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("get")
                : RateLimitPartition.GetFixedWindowLimiter("login:" + ClientKey(context), _ => login));
            options.AddPolicy(Api, context => RateLimitPartition.GetFixedWindowLimiter("api:" + ClientKey(context), _ => api));
            // Every /api endpoint is limited, also those that forget the policy, and also failed (401) calls.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter("api:" + ClientKey(context), _ => api)
                    : RateLimitPartition.GetNoLimiter("none"));
            options.OnRejected = (context, cancellationToken) => WriteRejectionAsync(context.HttpContext, context.Lease, cancellationToken);
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Limits(IConfiguration configuration, string name, int permitLimit, int windowSeconds) => new()
    {
        PermitLimit = configuration.GetValue($"RateLimiting:{name}:PermitLimit", permitLimit),
        Window = TimeSpan.FromSeconds(configuration.GetValue($"RateLimiting:{name}:WindowSeconds", windowSeconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    // Behind a reverse proxy, set ReverseProxy:KnownProxies so that RemoteIpAddress is the client's (ReverseProxySetup).
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask WriteRejectionAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        const string message = "Te veel verzoeken in korte tijd. Wacht even en probeer het daarna opnieuw.";
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.Response.WriteAsJsonAsync(
                new { type = "https://tools.ietf.org/html/rfc6585#section-4", title = "Te veel verzoeken", status = 429, detail = message },
                options: null, contentType: "application/problem+json", cancellationToken);
        }
        else
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(message, cancellationToken);
        }
    }
}
