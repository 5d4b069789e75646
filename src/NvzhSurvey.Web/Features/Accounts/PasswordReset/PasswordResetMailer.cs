using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Security;
using NvzhSurvey.Web.Features.Accounts.Mail;

namespace NvzhSurvey.Web.Features.Accounts.PasswordReset;

/// <summary>
/// Mails a password-reset link (Identity's data-protected token, valid one day by default). The link is built from
/// the configured public address (<see cref="AccountLinks"/>), never from the request, and the mail is logged in the
/// security log.
/// </summary>
public sealed class PasswordResetMailer(UserManager<AppUser> users, IMailSender mail, AccountLinks links, SecurityLog securityLog, ILogger<PasswordResetMailer> logger)
{
    /// <param name="user">The user, loaded by the same scope's UserManager.</param>
    /// <param name="actor">Who asked: an administrator, or null when the user asked on "Wachtwoord vergeten".</param>
    public async Task SendAsync(AppUser user, SecurityActor? actor = null, CancellationToken cancellationToken = default)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = links.Absolute($"Account/ResetPassword?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        await mail.SendAsync(new MailMessageModel(
            user.Email!,
            "Nieuw wachtwoord instellen – NVZH Ledenonderzoek",
            $"""
            Beste {user.DisplayName ?? user.Email},

            Er is gevraagd om een nieuw wachtwoord voor je account bij het NVZH Ledenonderzoek.
            Stel een nieuw wachtwoord in via deze link (één dag geldig):

            {link}

            Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft dan ongewijzigd.
            """), cancellationToken);
        logger.LogInformation("Password reset link sent to user {UserId}", user.Id);
        await securityLog.RecordAsync(actor ?? new SecurityActor(null, "aangevraagd via ‘Wachtwoord vergeten’"), SecurityEvent.PasswordResetRequested,
            $"Resetlink gestuurd naar {user.Email}", SecurityLogSubjects.Of(user), cancellationToken);
    }

    /// <summary>Decodes the "code" query value of the link back to Identity's token; null when malformed.</summary>
    public static string? DecodeCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
