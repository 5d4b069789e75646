using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Cycle;

/// <summary>One member's place in the yearly cycle.</summary>
public sealed record CycleProgressRow(
    int OrganisationId, string Name, DateTimeOffset? InvitedAt, int RemindersSent, bool ProfileChecked, DateTimeOffset? SubmittedAt,
    DateOnly? InterviewDate, TimeOnly? InterviewTime, string? Interviewer, DateTimeOffset? CompletedAt, bool Overdue)
{
    public bool Invited => InvitedAt is not null;
    public bool Submitted => SubmittedAt is not null || CompletedAt is not null;
    public bool InterviewPlanned => InterviewDate is not null;
    public bool Completed => CompletedAt is not null;
}

public sealed record CycleProgressCounts(int Members, int Invited, int Reminded, int ProfileChecked, int Submitted, int InterviewPlanned,
    int Completed, int Overdue);

public sealed record CycleProgressTable(DateOnly? Deadline, IReadOnlyList<CycleProgressRow> Rows)
{
    public CycleProgressCounts Counts => new(Rows.Count, Rows.Count(r => r.Invited), Rows.Count(r => r.RemindersSent > 0),
        Rows.Count(r => r.ProfileChecked), Rows.Count(r => r.Submitted), Rows.Count(r => r.InterviewPlanned), Rows.Count(r => r.Completed),
        Rows.Count(r => r.Overdue));
}

/// <summary>
/// The progress of an edition per member: invited, reminders sent, profile checked (a change to the organisation or
/// its locations since the invitation), submitted, interview planned, completed; overdue when the deadline has passed
/// (Dutch calendar day) and the response is neither submitted nor completed. A constant number of queries.
/// </summary>
public sealed class CycleProgress(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CycleProgressTable?> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return null;
        }

        var settings = await CycleSettingsService.LoadOrDefaultAsync(db, edition.Id, year, ct);
        var recipients = await CycleRecipients.LoadAsync(db, edition, ct);
        var ids = recipients.Select(r => r.OrganisationId).ToList();
        var mailings = await db.CycleMailings.AsNoTracking().Where(m => m.EditionId == edition.Id).ToListAsync(ct);
        var responses = await db.Responses.AsNoTracking().Where(r => r.EditionId == edition.Id)
            .Select(r => new { r.OrganisationId, r.Status, r.SubmittedAt, r.CompletedAt }).ToListAsync(ct);
        var appointments = await db.InterviewAppointments.AsNoTracking().Where(a => a.EditionId == edition.Id).ToListAsync(ct);
        var firstInvited = mailings.Where(m => m.Kind == CycleMailKind.Invitation).Select(m => m.At).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var profileChanges = await db.AuditEntries.AsNoTracking()
            .Where(a => a.At >= firstInvited && a.OrganisationId != null && ids.Contains(a.OrganisationId.Value)
                        && (a.EntityType == "Organisation" || a.EntityType == "Location"))
            .GroupBy(a => a.OrganisationId!.Value).Select(g => new { OrganisationId = g.Key, Last = g.Max(a => a.At) })
            .ToDictionaryAsync(g => g.OrganisationId, g => g.Last, ct);
        var today = DutchTime.Today(clock);

        var rows = recipients.Select(r =>
        {
            var invited = mailings.FirstOrDefault(m => m.OrganisationId == r.OrganisationId && m.Kind == CycleMailKind.Invitation)?.At;
            var response = responses.FirstOrDefault(x => x.OrganisationId == r.OrganisationId);
            var submitted = response?.Status is ResponseStatus.SubmittedByMember or ResponseStatus.Completed ? response.SubmittedAt ?? response.CompletedAt : null;
            var completed = response?.Status == ResponseStatus.Completed ? response.CompletedAt : null;
            var appointment = appointments.FirstOrDefault(a => a.OrganisationId == r.OrganisationId);
            return new CycleProgressRow(r.OrganisationId, r.OrganisationName, invited,
                mailings.Count(m => m.OrganisationId == r.OrganisationId && m.Kind == CycleMailKind.Reminder),
                invited is { } at && profileChanges.TryGetValue(r.OrganisationId, out var last) && last >= at,
                submitted, appointment?.Date, appointment?.Time, appointment?.Interviewer, completed,
                settings.Deadline is { } deadline && today > deadline && submitted is null && completed is null);
        }).ToList();
        return new CycleProgressTable(settings.Deadline, rows);
    }
}
