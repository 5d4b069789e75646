namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>An attachment, e.g. an .ics calendar invitation.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A plain-text mail; <see cref="MessageId"/> stays the same on every attempt of an outbox mail.</summary>
public sealed record MailMessageModel(string To, string Subject, string TextBody)
{
    public MailAttachment? Attachment { get; init; }
    public string? MessageId { get; init; }
}

/// <summary>Sends a plain-text mail. Implementations: SMTP (MailKit), or an .eml file drop in development and tests.</summary>
public interface IMailSender
{
    /// <summary>True when mails actually leave the application (SMTP), false for the file drop or when not configured.</summary>
    bool DeliversExternally { get; }

    Task SendAsync(MailMessageModel message, CancellationToken cancellationToken = default);
}
