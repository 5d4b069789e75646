using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Mail;

namespace NvzhSurvey.Core.Cycle;

public sealed record InvitationPreview(string To, string Subject, string Body, int Recipients, int WithoutAddress, int AlreadyInvited);

public sealed record InvitationOutcome(bool Succeeded, string Message, int Sent = 0);

/// <summary>
/// "Uitnodigingen versturen": the edition's invitation to every member's contact that has not had it yet, written to
/// the outbox in the same transaction as the record that it was sent (so sending twice never mails twice).
/// </summary>
public sealed class InvitationSender(IDbContextFactory<SurveyDbContext> dbFactory, IPublicLinks links, TimeProvider clock)
{
    public const string NotOpenMessage = "Uitnodigingen kunnen alleen worden verstuurd als de editie open is.";

    public async Task<InvitationPreview?> PreviewAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return null;
        }

        var settings = await CycleSettingsService.LoadOrDefaultAsync(db, edition.Id, year, ct);
        var recipients = await CycleRecipients.LoadAsync(db, edition, ct);
        var invited = await InvitedAsync(db, edition.Id, ct);
        var sample = recipients.FirstOrDefault(r => r.Email is not null)
                     ?? new CycleRecipient(0, "Voorbeeldorganisatie", "contact@voorbeeld.example", "Voornaam Achternaam");
        var mail = CycleMailComposer.Invitation(settings, edition.Id, sample, links);
        return new InvitationPreview(mail.To, mail.Subject, mail.TextBody,
            recipients.Count(r => r.Email is not null && !invited.Contains(r.OrganisationId)),
            recipients.Count(r => r.Email is null), recipients.Count(r => invited.Contains(r.OrganisationId)));
    }

    public async Task<InvitationOutcome> SendAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return new InvitationOutcome(false, Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return new InvitationOutcome(false, "Deze editie bestaat niet.");
        }

        if (edition.Status != EditionStatus.Open)
        {
            return new InvitationOutcome(false, NotOpenMessage);
        }

        // One sender at a time per edition: a double click waits and then finds everyone invited.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(18, {edition.Id})", ct);
        var settings = await CycleSettingsService.LoadOrDefaultAsync(db, edition.Id, year, ct);
        var invited = await InvitedAsync(db, edition.Id, ct);
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var recipient in (await CycleRecipients.LoadAsync(db, edition, ct)).Where(r => r.Email is not null && !invited.Contains(r.OrganisationId)))
        {
            var mail = MailOutbox.Add(db, clock, CycleMailComposer.Invitation(settings, edition.Id, recipient, links));
            await db.SaveChangesAsync(ct);
            db.CycleMailings.Add(new CycleMailing
            {
                EditionId = edition.Id, OrganisationId = recipient.OrganisationId, Kind = CycleMailKind.Invitation, Day = 0, At = now,
                OutboxMailId = mail.Id,
            });
            sent++;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new InvitationOutcome(true, sent == 1 ? "1 uitnodiging klaargezet voor verzending." : $"{sent} uitnodigingen klaargezet voor verzending.", sent);
    }

    private static async Task<HashSet<int>> InvitedAsync(SurveyDbContext db, int editionId, CancellationToken ct) =>
        (await db.CycleMailings.Where(m => m.EditionId == editionId && m.Kind == CycleMailKind.Invitation)
            .Select(m => m.OrganisationId).ToListAsync(ct)).ToHashSet();
}
