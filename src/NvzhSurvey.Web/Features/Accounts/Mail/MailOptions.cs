namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>How the SMTP connection is secured (MailKit's SecureSocketOptions).</summary>
public enum SmtpTlsMode
{
    /// <summary>Implicit TLS on port 465, STARTTLS when the server offers it on other ports.</summary>
    Auto,

    /// <summary>STARTTLS required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    ImplicitTls,

    /// <summary>No encryption: only for a relay on the same machine or the test server.</summary>
    None,
}

/// <summary>
/// "Mail" configuration. With <see cref="SmtpHost"/> mail goes out over SMTP (MailKit); otherwise, in Development and
/// Testing (or whenever <see cref="DropFolder"/> is set), each message is written as an .eml file to the drop folder.
/// </summary>
public sealed class MailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public SmtpTlsMode SmtpTls { get; set; } = SmtpTlsMode.StartTls;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Seconds before an SMTP connection or command gives up (the outbox tries again later).</summary>
    public int SmtpTimeoutSeconds { get; set; } = 30;

    public string From { get; set; } = "NVZH Ledenonderzoek <noreply@nvzh.example>";

    /// <summary>Folder for .eml files (relative to the content root); default "App_Data/mail" in Development/Testing.</summary>
    public string? DropFolder { get; set; }

    /// <summary>Public address used in links in mails (e.g. "https://onderzoek.nvzh.nl"). Set it in production, so that a
    /// forged Host header cannot put another address in a password-reset mail.</summary>
    public string? LinkBaseUrl { get; set; }

    /// <summary>Run the outbox worker in this app (default); tests that drive the outbox with their own clock switch it off.</summary>
    public bool OutboxWorkerEnabled { get; set; } = true;

    /// <summary>How often the outbox worker looks for due mails and reminders.</summary>
    public int OutboxPollSeconds { get; set; } = 5;
}
