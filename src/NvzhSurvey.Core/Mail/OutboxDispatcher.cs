using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Mail;

/// <summary>
/// Sends due outbox mails one at a time. Each mail is claimed with <c>FOR UPDATE SKIP LOCKED</c> in its own
/// transaction, sent, and marked sent (or given a later attempt) in that same transaction: two workers never take the
/// same row, and a crash before the commit leaves the row waiting (see docs/decisions/014-mail-outbox-and-worker.md).
/// </summary>
public sealed class OutboxDispatcher(IDbContextFactory<SurveyDbContext> dbFactory, IMailTransport transport, TimeProvider clock)
{
    /// <summary>Sends every due mail; returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var sent = 0;
        while (await DispatchOneAsync(ct) is { } outcome)
        {
            sent += outcome ? 1 : 0;
        }

        return sent;
    }

    /// <summary>Null when nothing is due; true when a mail was sent, false when its attempt failed.</summary>
    public async Task<bool?> DispatchOneAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var mail = await db.OutboxMails
            .FromSql($"""
                SELECT * FROM "OutboxMails"
                WHERE "Status" = {(int)OutboxMailStatus.Waiting} AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt", "Id"
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .SingleOrDefaultAsync(ct);
        if (mail is null)
        {
            return null;
        }

        mail.Attempts++;
        bool delivered;
        try
        {
            await transport.SendAsync(mail, ct);
            mail.Status = OutboxMailStatus.Sent;
            mail.SentAt = clock.GetUtcNow();
            mail.LastError = null;
            delivered = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            mail.LastError = exception.Message.Length > 500 ? exception.Message[..500] : exception.Message;
            if (mail.Attempts >= OutboxRetry.MaxAttempts)
            {
                mail.Status = OutboxMailStatus.Failed;
            }
            else
            {
                mail.NextAttemptAt = clock.GetUtcNow() + OutboxRetry.DelayAfter(mail.Attempts);
            }

            delivered = false;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return delivered;
    }
}
