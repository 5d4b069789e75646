using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>Sends over SMTP with MailKit: one connection per mail (the outbox sends few, and a broken connection never lingers).</summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public bool DeliversExternally => true;

    public async Task SendAsync(MailMessageModel message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var mime = MimeMessages.Build(settings.From, message, eightBit: false);
        using var client = new SmtpClient { Timeout = settings.SmtpTimeoutSeconds * 1000 };
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not configured."), settings.SmtpPort, Secure(settings.SmtpTls), cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Mail {MessageId} sent over SMTP", mime.MessageId);
    }

    private static SecureSocketOptions Secure(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.ImplicitTls => SecureSocketOptions.SslOnConnect,
        SmtpTlsMode.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.Auto,
    };
}
