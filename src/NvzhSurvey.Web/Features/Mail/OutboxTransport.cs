using NvzhSurvey.Core.Mail;
using NvzhSurvey.Web.Features.Accounts.Mail;

namespace NvzhSurvey.Web.Features.Mail;

/// <summary>Hands outbox mails to the configured <see cref="IMailSender"/> (MailKit SMTP, or the file drop in Development).</summary>
internal sealed class OutboxTransport(IMailSender sender) : IMailTransport
{
    public Task SendAsync(OutboxMail mail, CancellationToken cancellationToken) =>
        sender.SendAsync(new MailMessageModel(mail.To, mail.Subject, mail.TextBody)
        {
            MessageId = mail.MessageId,
            Attachment = mail.AttachmentContent is { } content
                ? new MailAttachment(mail.AttachmentName ?? "bijlage", mail.AttachmentContentType ?? "application/octet-stream", content)
                : null,
        }, cancellationToken);
}
