using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// "Wijziging doorgeven": after submitting, a member cannot edit the questionnaire any more, but can send staff a
/// message saying what should change. It is stored in the response's history (entity type "ChangeRequest"), so the
/// interview page shows it to staff, who reopen the questionnaire or change it themselves.
/// </summary>
public sealed class ChangeRequests(IDbContextFactory<SurveyDbContext> dbFactory, ICurrentActor actor, TimeProvider clock)
{
    public const string EntityType = "ChangeRequest";
    public const int MaxLength = 2000;

    /// <param name="organisationId">The signed-in member's own organisation (from the account, never from the URL).</param>
    public async Task<OperationResult> RequestAsync(int editionYear, int organisationId, string? message, CancellationToken ct = default)
    {
        var text = message?.Trim() ?? "";
        if (text.Length == 0)
        {
            return OperationResult.Fail("Schrijf kort op wat er moet veranderen.");
        }

        if (text.Length > MaxLength)
        {
            return OperationResult.Fail($"Uw bericht is te lang (hoogstens {MaxLength} tekens).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var response = await db.Responses.AsNoTracking()
            .SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Edition!.Year == editionYear, ct);
        if (response is not { Status: ResponseStatus.SubmittedByMember or ResponseStatus.Completed })
        {
            return OperationResult.Fail("De vragenlijst is nog niet ingediend: u kunt hem zelf nog aanpassen.");
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = EntityType,
            EntityId = response.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OrganisationId = organisationId,
            ResponseId = response.Id,
            Action = "Added",
            Field = "wijziging",
            NewValue = text,
        });
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>The latest request made after <paramref name="since"/> (the submission), if any.</summary>
    internal static async Task<ChangeRequestNote?> LatestAsync(SurveyDbContext db, int responseId, DateTimeOffset? since, CancellationToken ct)
    {
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ResponseId == responseId && a.EntityType == EntityType && (since == null || a.At >= since))
            .OrderByDescending(a => a.At).FirstOrDefaultAsync(ct);
        if (entry is null)
        {
            return null;
        }

        var name = entry.UserId is null ? null
            : await db.Users.Where(u => u.Id == entry.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        return new ChangeRequestNote(entry.At, name ?? entry.UserName, entry.NewValue ?? "");
    }
}
