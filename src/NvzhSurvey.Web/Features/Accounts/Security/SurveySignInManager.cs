using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Accounts.Security;

/// <summary>
/// A disabled account cannot sign in. Checked after the password (PasswordSignInAsync answers NotAllowed), so that
/// the login page does not tell strangers which addresses belong to disabled accounts.
/// </summary>
internal sealed class SurveySignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    // Identity checks CanSignIn before the password; for a disabled account check the password first, so that a
    // wrong password gives the usual "onjuist" and only the right one reveals "uitgeschakeld".
    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure) =>
        user.IsDisabled
            ? await UserManager.CheckPasswordAsync(user, password) ? SignInResult.NotAllowed : SignInResult.Failed
            : await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
}
