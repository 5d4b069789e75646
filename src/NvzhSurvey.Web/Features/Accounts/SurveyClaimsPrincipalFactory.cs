using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Accounts;

/// <summary>
/// Adds the user's display name to the login cookie, so pages show "Anne de Vries" rather than the e-mail address
/// (the user name). Refreshed with the other claims every minute by the security-stamp check.
/// </summary>
internal sealed class SurveyClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "nvzh:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        }

        return identity;
    }
}

public static class DisplayNameClaims
{
    /// <summary>The name to show for a signed-in user: the display name, else the user name (e-mail address).</summary>
    public static string? ShownName(this ClaimsPrincipal user) =>
        user.FindFirst(SurveyClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? user.Identity?.Name;
}
