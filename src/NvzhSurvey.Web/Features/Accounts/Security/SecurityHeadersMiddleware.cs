using System.Buffers.Text;

namespace NvzhSurvey.Web.Features.Accounts.Security;

/// <summary>
/// Security headers on every response. The CSP fits Blazor Server and MudBlazor: scripts only from this origin,
/// inline styles (MudBlazor sets style attributes), the SignalR WebSocket to this host, no framing.
/// HSTS is added by UseHsts outside Development (see PipelineSetup). The one inline script, Blazor's import map,
/// carries a per-request nonce (<see cref="NonceFor"/>, used in App.razor).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string NonceKey = "nvzh.csp-nonce";

    /// <summary>The CSP nonce of this request, for an inline script that must run.</summary>
    public static string? NonceFor(HttpContext? context) => context?.Items[NonceKey] as string;

    public Task InvokeAsync(HttpContext context)
    {
        // base64url (CSP allows '-' and '_'): nothing for Razor to HTML-encode, so the attribute reads as the header.
        var nonce = Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var host = context.Request.Host.Value;
            headers.ContentSecurityPolicy =
                "default-src 'self'; " +
                $"script-src 'self' 'nonce-{nonce}'; " +
                "style-src 'self' 'unsafe-inline'; " +
                "img-src 'self' data:; " +
                "font-src 'self' data:; " +
                $"connect-src 'self' ws://{host} wss://{host}; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

public static class SecurityHeadersExtensions
{
    public static IApplicationBuilder UseSurveySecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();
}
