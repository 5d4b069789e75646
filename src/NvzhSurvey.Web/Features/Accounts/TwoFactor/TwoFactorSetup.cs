using System.Text;
using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Security;

namespace NvzhSurvey.Web.Features.Accounts.TwoFactor;

/// <summary>
/// Setting up and switching off two-factor sign-in with an authenticator app (TOTP, Identity's own authenticator
/// token provider and recovery codes). Every change of the security stamp is followed by a refreshed login cookie,
/// so the user who made the change stays signed in while every other session of the account ends.
/// Rule: an administrator or staff member whose 2FA is on cannot switch it off (ADR 007).
/// </summary>
internal sealed class TwoFactorSetup(UserManager<AppUser> users, SignInManager<AppUser> signIn, SecurityLog securityLog)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "NVZH Ledenonderzoek";

    public sealed record Status(bool Enabled, bool MustStayEnabled, int RecoveryCodesLeft, string? SharedKey, string? AuthenticatorUri);

    public sealed record Outcome(bool Succeeded, string? Error = null, IReadOnlyList<string>? RecoveryCodes = null);

    /// <summary>The user's state; when 2FA is off, with the key to set up (made on first visit).</summary>
    public async Task<Status> StatusAsync(AppUser user)
    {
        var mustStay = await MustStayEnabledAsync(user);
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return new Status(true, mustStay, await users.CountRecoveryCodesAsync(user), null, null);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return new Status(false, mustStay, 0, FormatKey(key!), AuthenticatorUri(user.Email ?? user.UserName ?? "", key!));
    }

    /// <summary>Switches 2FA on once the app shows a valid code; answers the recovery codes (shown once).</summary>
    public async Task<Outcome> EnableAsync(AppUser user, string code)
    {
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return new Outcome(false, "Tweestapsverificatie staat al aan.");
        }

        if (!await IsValidCodeAsync(user, code))
        {
            return new Outcome(false, "De code is onjuist. Controleer of de tijd op uw telefoon klopt en probeer de code die de app nu toont.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await signIn.RefreshSignInAsync(user);
        await LogAsync(user, SecurityEvent.TwoFactorEnabled, $"Tweestapsverificatie aangezet, {RecoveryCodeCount} herstelcodes aangemaakt");
        return new Outcome(true, RecoveryCodes: codes);
    }

    /// <summary>Switches 2FA off with a current code; refused for administrators and staff.</summary>
    public async Task<Outcome> DisableAsync(AppUser user, string code)
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return new Outcome(false, "Tweestapsverificatie staat al uit.");
        }

        if (await MustStayEnabledAsync(user))
        {
            return new Outcome(false, "Voor beheerders en medewerkers blijft tweestapsverificatie verplicht zodra die aan staat.");
        }

        if (!await IsValidCodeAsync(user, code))
        {
            return new Outcome(false, "De code is onjuist.");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key: setting up again needs a new scan, the old app entry no longer works.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await LogAsync(user, SecurityEvent.TwoFactorDisabled, "Tweestapsverificatie uitgezet (sleutel van de app vervangen)");
        return new Outcome(true);
    }

    /// <summary>New recovery codes; the old ones stop working.</summary>
    public async Task<Outcome> RegenerateRecoveryCodesAsync(AppUser user)
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return new Outcome(false, "Zet eerst tweestapsverificatie aan.");
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await signIn.RefreshSignInAsync(user);
        await LogAsync(user, SecurityEvent.RecoveryCodesGenerated, $"{RecoveryCodeCount} nieuwe herstelcodes aangemaakt; de oude werken niet meer");
        return new Outcome(true, RecoveryCodes: codes);
    }

    /// <summary>A line in the security log for a change the user made to their own account.</summary>
    public Task LogAsync(AppUser user, SecurityEvent kind, string description) =>
        securityLog.RecordAsync(SecurityLogSubjects.ActorOf(user), kind, description, SecurityLogSubjects.Of(user));

    /// <summary>Administrators and staff cannot switch 2FA off once it is on.</summary>
    public async Task<bool> MustStayEnabledAsync(AppUser user) =>
        await users.IsInRoleAsync(user, Roles.Administrator) || await users.IsInRoleAsync(user, Roles.Staff);

    /// <summary>"123 456", "123-456" and "123456" are the same code.</summary>
    public static string NormaliseCode(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>Recovery codes as Identity makes them ("ABCDE-12345"), whatever the case and spaces typed.</summary>
    public static string NormaliseRecoveryCode(string? code) =>
        new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    private Task<bool> IsValidCodeAsync(AppUser user, string code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, NormaliseCode(code));

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }

    private static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
}
