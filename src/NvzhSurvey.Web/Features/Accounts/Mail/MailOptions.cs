namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>
/// "Mail" configuration. With <see cref="SmtpHost"/> mail goes out over SMTP; otherwise, in Development and
/// Testing (or whenever <see cref="DropFolder"/> is set), each message is written as an .eml file to the drop folder.
/// </summary>
public sealed class MailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpUseSsl { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string From { get; set; } = "NVZH Ledenonderzoek <noreply@nvzh.example>";

    /// <summary>Folder for .eml files (relative to the content root); default "App_Data/mail" in Development/Testing.</summary>
    public string? DropFolder { get; set; }

    /// <summary>Public address used in links in mails (e.g. "https://onderzoek.nvzh.nl"). Set it in production, so that a
    /// forged Host header cannot put another address in a password-reset mail.</summary>
    public string? LinkBaseUrl { get; set; }
}
