namespace NvzhSurvey.Web.Features.Accounts.Mail;

public sealed record MailMessageModel(string To, string Subject, string TextBody);

/// <summary>Sends a plain-text mail. Implementations: SMTP, or an .eml file drop in development and tests.</summary>
public interface IMailSender
{
    /// <summary>True when mails actually leave the application (SMTP), false for the file drop or when not configured.</summary>
    bool DeliversExternally { get; }

    Task SendAsync(MailMessageModel message, CancellationToken cancellationToken = default);
}
