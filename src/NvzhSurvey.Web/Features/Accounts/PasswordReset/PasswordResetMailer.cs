using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Web.Features.Accounts.Mail;

namespace NvzhSurvey.Web.Features.Accounts.PasswordReset;

/// <summary>Mails a password-reset link (Identity's data-protected token, valid one day by default).</summary>
public sealed class PasswordResetMailer(UserManager<AppUser> users, IMailSender mail, ILogger<PasswordResetMailer> logger)
{
    /// <param name="user">The user, loaded by the same scope's UserManager.</param>
    /// <param name="baseUrl">The app's public address (<see cref="AccountLinks.BaseUrl"/>).</param>
    public async Task SendAsync(AppUser user, string baseUrl, CancellationToken cancellationToken = default)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = AccountLinks.Combine(baseUrl, $"Account/ResetPassword?userId={Uri.EscapeDataString(user.Id)}&code={code}");
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
