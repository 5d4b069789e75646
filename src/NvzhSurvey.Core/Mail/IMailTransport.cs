namespace NvzhSurvey.Core.Mail;

/// <summary>Hands one outbox mail to the mail server (the web app: MailKit over SMTP, or the file drop). Throws when it fails.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMail mail, CancellationToken cancellationToken);
}
