using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Accounts.Sessions;

/// <summary>
/// Checks the login cookie on every request against the server: the session is over when it is older than the
/// absolute lifetime, the account is gone or disabled, or the user's security stamp changed since the cookie was
/// issued (logging out, a new password, a role change, 2FA switched on or off). See docs/decisions/007-identity-sessions-end-by-security-stamp.md.
/// Identity's own security-stamp validator (every minute) still refreshes the claims.
/// </summary>
internal static class SessionValidator
{
    public static async Task<bool> IsValidAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        var lifetime = services.GetRequiredService<IOptions<LoginSessionOptions>>().Value.AbsoluteLifetime;
        if (context.Principal is not { } principal || SessionLifetime.HasExpired(context.Properties, lifetime, clock))
        {
            return false;
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null || user.IsDisabled)
        {
            return false;
        }

        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        return principal.FindFirstValue(stampClaim) == await users.GetSecurityStampAsync(user);
    }

    /// <summary>The cookie event: reject an ended session (and remove its cookie), else Identity's own check.</summary>
    public static Func<CookieValidatePrincipalContext, Task> Then(Func<CookieValidatePrincipalContext, Task> identityValidation) =>
        async context =>
        {
            if (!await IsValidAsync(context))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await identityValidation(context);
        };
}
