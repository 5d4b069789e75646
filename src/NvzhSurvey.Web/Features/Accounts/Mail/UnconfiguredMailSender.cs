namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>Production without SMTP: mails are not sent (staff copy invitation links by hand); a warning is logged.</summary>
internal sealed class UnconfiguredMailSender(ILogger<UnconfiguredMailSender> logger) : IMailSender
{
    public bool DeliversExternally => false;

    public Task SendAsync(MailMessageModel message, CancellationToken cancellationToken = default)
    {
        logger.LogWarning("Mail not sent: no SMTP server configured (Mail:SmtpHost)");
        return Task.CompletedTask;
    }
}
