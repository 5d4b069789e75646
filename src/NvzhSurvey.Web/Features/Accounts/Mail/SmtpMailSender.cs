using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

internal sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public bool DeliversExternally => true;

    public async Task SendAsync(MailMessageModel message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpUseSsl };
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
        }

        using var mail = new MailMessage(MailAddress(settings.From), new MailAddress(message.To))
        {
            Subject = message.Subject,
            Body = message.TextBody,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        await client.SendMailAsync(mail, cancellationToken);
        logger.LogInformation("Mail sent over SMTP");
    }

    private static MailAddress MailAddress(string from) => new(from);
}
