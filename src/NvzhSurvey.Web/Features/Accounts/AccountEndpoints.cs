using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Accounts;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A POST (with antiforgery) so that a link or an image cannot log somebody out.
        endpoints.MapPost("/Account/Logout", async (SignInManager<AppUser> signIn, HttpContext context) =>
        {
            await signIn.SignOutAsync();
            var returnUrl = context.Request.Form["ReturnUrl"].ToString();
            return TypedResults.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') ? "/" : returnUrl);
        });
        return endpoints;
    }
}
