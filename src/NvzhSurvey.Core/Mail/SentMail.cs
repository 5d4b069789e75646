using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Mail;

public sealed record SentMailRow(
    long Id, string To, string Subject, string Kind, string? Organisation, OutboxMailStatus Status, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);

/// <summary>"Verzonden e-mail": the outbox for administrators, and resending a failed mail.</summary>
public sealed class SentMail(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
{
    public const string NotFailedMessage = "Alleen een mislukte e-mail kan opnieuw worden verstuurd.";

    public async Task<IReadOnlyList<SentMailRow>> ListAsync(OutboxMailStatus? status, int take = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.OutboxMails.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        return await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(take)
            .Select(m => new SentMailRow(m.Id, m.To, m.Subject, m.Kind,
                db.Organisations.Where(o => o.Id == m.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                m.Status, m.Attempts, m.CreatedAt, m.SentAt, m.NextAttemptAt, m.LastError))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<OutboxMailStatus, int>> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OutboxMails.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    /// <summary>Puts a failed mail back in the queue with fresh attempts (administrators only).</summary>
    public async Task<OperationResult> ResendAsync(Actor actor, long id, CancellationToken ct = default)
    {
        if (actor.Kind != ActorKind.Staff)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var changed = await db.OutboxMails.Where(m => m.Id == id && m.Status == OutboxMailStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxMailStatus.Waiting)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, clock.GetUtcNow()), ct);
        return changed == 1 ? OperationResult.Ok : OperationResult.Fail(NotFailedMessage);
    }
}
