using System.Security.Claims;

namespace NvzhSurvey.Web.Features.Accounts.ApiTokens;

/// <summary>GET /api/v1/me: who is calling and with which scope; a quick check of a token or login.</summary>
public static class MeEndpoint
{
    public sealed record MeResponse(string Name, string Kind, string? Scope, IReadOnlyList<string> Roles);

    public static IEndpointRouteBuilder MapMeEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/me", (ClaimsPrincipal user) =>
        {
            var scope = user.FindFirstValue(ApiTokenDefaults.ScopeClaim);
            var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().ToList();
            return TypedResults.Ok(new MeResponse(user.Identity?.Name ?? "", scope is null ? "user" : "token", scope, roles));
        })
        .RequireAuthorization(Policies.ApiRead)
        .RequireRateLimiting(Security.RateLimitPolicies.Api)
        .WithName("GetMe");
        return endpoints;
    }
}
