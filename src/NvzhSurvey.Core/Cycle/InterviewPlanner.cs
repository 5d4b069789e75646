using System.Text;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Cycle;

public sealed record PlannedInterview(int OrganisationId, DateOnly Date, TimeOnly Time, string Interviewer, int Sequence);

/// <summary>
/// Plans (or moves) an organisation's interview (staff only) and mails its contact an .ics invitation, in the same
/// transaction. A change keeps the event's UID and raises its SEQUENCE, so the calendar updates the event.
/// </summary>
public sealed class InterviewPlanner(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock, OrganiserAddress organiser)
{
    public async Task<PlannedInterview?> LoadAsync(int year, int organisationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InterviewAppointments.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && db.Editions.Any(e => e.Id == a.EditionId && e.Year == year))
            .Select(a => new PlannedInterview(a.OrganisationId, a.Date, a.Time, a.Interviewer, a.Sequence))
            .SingleOrDefaultAsync(ct);
    }

    public async Task<OperationResult> PlanAsync(Actor actor, int year, int organisationId, DateOnly date, TimeOnly time, string interviewer,
        CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        if (string.IsNullOrWhiteSpace(interviewer))
        {
            return OperationResult.Fail("Vul de interviewer in.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (edition is null || organisation is null)
        {
            return OperationResult.Fail("Deze editie of organisatie bestaat niet.");
        }

        if (string.IsNullOrWhiteSpace(organisation.ContactEmail))
        {
            return OperationResult.Fail("Deze organisatie heeft geen e-mailadres voor contact; vul dat eerst in bij het profiel.");
        }

        var appointment = await db.InterviewAppointments.SingleOrDefaultAsync(a => a.EditionId == edition.Id && a.OrganisationId == organisationId, ct);
        var isChange = appointment is not null;
        if (appointment is null)
        {
            appointment = new InterviewAppointment { EditionId = edition.Id, OrganisationId = organisationId, Interviewer = "", Uid = Guid.NewGuid() };
            db.InterviewAppointments.Add(appointment);
        }
        else if (appointment.Date == date && appointment.Time == time && appointment.Interviewer == interviewer.Trim())
        {
            return OperationResult.Ok;
        }
        else
        {
            appointment.Sequence++;
        }

        appointment.Date = date;
        appointment.Time = time;
        appointment.Interviewer = interviewer.Trim();
        appointment.ChangedAt = clock.GetUtcNow();
        var to = organisation.ContactEmail.Trim();
        var when = DutchTime.FormatAppointment(date, time);
        var ics = IcsCalendar.Build(appointment, organisation.Name, organiser.Email, to, clock.GetUtcNow());
        MailOutbox.Add(db, clock, new OutboxMail
        {
            To = to,
            Subject = (isChange ? "Gewijzigd: interview" : "Interview") + $" ledenonderzoek NVZH {year} – {organisation.Name}",
            TextBody = $"""
                {(isChange ? "Het interview voor het ledenonderzoek is verplaatst of gewijzigd." : "Het interview voor het ledenonderzoek is ingepland.")}

                Organisatie: {organisation.Name}
                Wanneer: {when}
                Interviewer: {appointment.Interviewer}

                In de bijlage vindt u de afspraak voor uw agenda.

                Met vriendelijke groet,
                NVZH
                """,
            Kind = "planning",
            EditionId = edition.Id,
            OrganisationId = organisationId,
            AttachmentName = "interview.ics",
            AttachmentContentType = IcsCalendar.ContentType,
            AttachmentContent = Encoding.UTF8.GetBytes(ics),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OperationResult.Ok;
    }
}

/// <summary>The address interview invitations come from (the ORGANIZER of the .ics): the mail sender's address.</summary>
public sealed record OrganiserAddress(string Email);
