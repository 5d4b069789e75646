using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Web.Features.Accounts.ApiTokens;

namespace NvzhSurvey.Web.Features.Accounts;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A POST with an antiforgery token, so that a link, an image or another site cannot log somebody out.
        // Validated here (not by binding [FromForm]) so that the 400 carries a body and is not re-executed as a
        // status-code page, which would read the unvalidated form again.
        endpoints.MapPost("/Account/Logout", async (SignInManager<AppUser> signIn, UserManager<AppUser> users, IAntiforgery antiforgery, HttpContext context) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig formulier",
                    detail: "Het formulier is verlopen of ongeldig. Laad de pagina opnieuw en probeer het nog eens.");
            }

            // A new security stamp ends the session on the server: a copy of the cookie no longer works
            // (SessionValidator checks the stamp on every request). docs/decisions/007-identity-sessions-end-by-security-stamp.md.
            if (await users.GetUserAsync(context.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            var returnUrl = context.Request.Form["ReturnUrl"].ToString();
            var local = returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\");
            return Results.LocalRedirect(local ? returnUrl : "/");
        }).DisableAntiforgery();
        endpoints.MapMeEndpoint();
        return endpoints;
    }
}
