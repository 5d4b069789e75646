using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Mail;

namespace NvzhSurvey.Core.Cycle;

/// <summary>
/// On "Indienen": a confirmation to the member's contact and a notification to staff (every Beheerder and
/// Medewerker account), added to the submitting context so they are saved with the status change or not at all.
/// </summary>
public sealed class SubmissionMails(IPublicLinks links, TimeProvider clock)
{
    public async Task AddAsync(SurveyDbContext db, int editionId, int organisationId, string submittedBy, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, ct);
        var year = await db.Editions.Where(e => e.Id == editionId).Select(e => e.Year).SingleAsync(ct);
        if (!string.IsNullOrWhiteSpace(organisation.ContactEmail))
        {
            MailOutbox.Add(db, clock, new OutboxMail
            {
                To = organisation.ContactEmail.Trim(),
                Subject = $"Ontvangen: ledenonderzoek NVZH {year}",
                TextBody = $"""
                    Dank u wel. De NVZH heeft de antwoorden van {organisation.Name} voor het ledenonderzoek {year} ontvangen
                    (ingediend door {submittedBy}). Wij nemen contact met u op als er nog vragen zijn.

                    U kunt uw antwoorden bekijken op {links.Absolute(CycleMailComposer.PortalPath)}

                    Met vriendelijke groet,
                    NVZH
                    """,
                Kind = "indiening",
                EditionId = editionId,
                OrganisationId = organisationId,
            });
        }

        var staffRoles = new[] { Roles.Administrator, Roles.Staff };
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && staffRoles.Contains(r.Name!))))
            .Select(u => u.Email!).Distinct().ToListAsync(ct);
        foreach (var address in staff)
        {
            MailOutbox.Add(db, clock, new OutboxMail
            {
                To = address,
                Subject = $"Ingediend: {organisation.Name} ({year})",
                TextBody = $"""
                    {organisation.Name} heeft de vragenlijst van {year} ingediend (door {submittedBy}).

                    Bekijken en afronden: {links.Absolute($"/edities/{year}/interviews/{organisationId}")}
                    """,
                Kind = "melding",
                EditionId = editionId,
                OrganisationId = organisationId,
            });
        }
    }
}
