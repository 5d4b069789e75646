using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Cycle;

/// <summary>
/// Sends the reminders that are due: for each open edition, each invited member whose response is neither submitted
/// nor completed, each schedule day that has passed since its invitation and has no reminder yet. Only the latest
/// due day is sent (a member invited long ago gets one reminder, not a burst). Run by the mail worker every few
/// minutes; tests call it with their own clock.
/// </summary>
public sealed class ReminderScheduler(IDbContextFactory<SurveyDbContext> dbFactory, IPublicLinks links, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sent = 0;
        foreach (var edition in await db.Editions.AsNoTracking().Where(e => e.Status == EditionStatus.Open).ToListAsync(ct))
        {
            sent += await RunAsync(db, edition, ct);
        }

        return sent;
    }

    private async Task<int> RunAsync(SurveyDbContext db, Edition edition, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(18, {edition.Id})", ct);
        var settings = await CycleSettingsService.LoadOrDefaultAsync(db, edition.Id, edition.Year, ct);
        if (settings.ReminderDays.Count == 0)
        {
            return 0;
        }

        var mailings = await db.CycleMailings.AsNoTracking().Where(m => m.EditionId == edition.Id).ToListAsync(ct);
        var finished = (await db.Responses.AsNoTracking()
            .Where(r => r.EditionId == edition.Id && (r.Status == ResponseStatus.SubmittedByMember || r.Status == ResponseStatus.Completed))
            .Select(r => r.OrganisationId).ToListAsync(ct)).ToHashSet();
        var recipients = (await CycleRecipients.LoadAsync(db, edition, ct)).ToDictionary(r => r.OrganisationId);
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var invitation in mailings.Where(m => m.Kind == CycleMailKind.Invitation))
        {
            if (finished.Contains(invitation.OrganisationId)
                || !recipients.TryGetValue(invitation.OrganisationId, out var recipient) || recipient.Email is null)
            {
                continue;
            }

            var due = settings.ReminderDays.Where(day => invitation.At.AddDays(day) <= now).DefaultIfEmpty(0).Max();
            var reminded = mailings.Where(m => m.OrganisationId == invitation.OrganisationId && m.Kind == CycleMailKind.Reminder)
                .Select(m => m.Day).DefaultIfEmpty(0).Max();
            if (due == 0 || due <= reminded)
            {
                continue;
            }

            var mail = MailOutbox.Add(db, clock, CycleMailComposer.Reminder(settings, edition.Id, recipient, links));
            await db.SaveChangesAsync(ct);
            db.CycleMailings.Add(new CycleMailing
            {
                EditionId = edition.Id, OrganisationId = recipient.OrganisationId, Kind = CycleMailKind.Reminder, Day = due, At = now,
                OutboxMailId = mail.Id,
            });
            sent++;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return sent;
    }
}
