using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Web.Features.Accounts.Sessions;

namespace NvzhSurvey.Web.Features.Accounts.Security;

/// <summary>
/// Identity's sign-in with three changes: a disabled account cannot sign in (checked after the password, so that the
/// login page does not tell strangers which addresses belong to disabled accounts, and its failures count towards
/// lockout like any other); an unknown address costs the same password hash as a known one; and every session
/// carries the time it started, for its absolute lifetime (<see cref="SessionLifetime"/>).
/// </summary>
internal sealed class SurveySignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    TimeProvider clock)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly AppUser NobodyUser = new();
    private static string? _dummyHash;

    public override async Task<bool> CanSignInAsync(AppUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            // The same work as checking a known user's password, so that the answer's timing does not reveal
            // whether the address has an account.
            var hasher = UserManager.PasswordHasher;
            _dummyHash ??= hasher.HashPassword(NobodyUser, Guid.NewGuid().ToString("N"));
            hasher.VerifyHashedPassword(NobodyUser, _dummyHash, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    // Identity checks CanSignIn before the password; for a disabled account check the password first, so that a
    // wrong password gives the usual "onjuist" (and counts towards lockout) and only the right one reveals
    // "uitgeschakeld".
    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        if (!user.IsDisabled)
        {
            return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        }

        if (UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        if (await UserManager.CheckPasswordAsync(user, password))
        {
            return SignInResult.NotAllowed;
        }

        if (UserManager.SupportsUserLockout && lockoutOnFailure)
        {
            await UserManager.AccessFailedAsync(user);
            if (await UserManager.IsLockedOutAsync(user))
            {
                return SignInResult.LockedOut;
            }
        }

        return SignInResult.Failed;
    }

    // Every sign-in (password, second step, recovery code, refresh after a 2FA change) ends here. A refresh keeps
    // the properties of the cookie it replaces, and so the time the session started.
    public override Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        authenticationProperties ??= new AuthenticationProperties();
        SessionLifetime.MarkStarted(authenticationProperties, clock);
        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}
