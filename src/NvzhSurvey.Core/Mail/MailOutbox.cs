using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Mail;

/// <summary>Puts a mail in the outbox on the caller's context, so it is saved in the caller's transaction or not at all.</summary>
public static class MailOutbox
{
    public static OutboxMail Add(SurveyDbContext db, TimeProvider clock, OutboxMail mail)
    {
        var now = clock.GetUtcNow();
        mail.CreatedAt = now;
        mail.NextAttemptAt = now;
        mail.Status = OutboxMailStatus.Waiting;
        db.OutboxMails.Add(mail);
        return mail;
    }
}
