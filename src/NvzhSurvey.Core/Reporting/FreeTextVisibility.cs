using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Reporting;

/// <summary>Staff hide free texts from (or show them in) the publication. Not allowed once the edition is published.</summary>
public sealed class FreeTextVisibility(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public const string PublishedMessage = "Deze editie is gepubliceerd; de teksten liggen vast.";

    public async Task<OperationResult> SetHiddenAsync(
        Actor actor, int year, IReadOnlyCollection<long> freeTextIds, bool hidden, CancellationToken cancellationToken = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Editions.AnyAsync(e => e.Year == year && e.Status == EditionStatus.Published, cancellationToken))
        {
            return OperationResult.Fail(PublishedMessage);
        }

        var texts = await db.FreeTexts
            .Where(t => freeTextIds.Contains(t.Id) && db.Responses.Any(r => r.Id == t.ResponseId && r.Edition!.Year == year))
            .ToListAsync(cancellationToken);
        foreach (var text in texts)
        {
            text.HiddenFromPublication = hidden;
        }

        Security.SecurityLog.Add(db, hidden ? Security.SecurityEvent.TextHidden : Security.SecurityEvent.TextShown, $"Editie {year}: {texts.Count} vrije tekst(en) {(hidden ? "verborgen in" : "weer getoond in")} de publicatie (nummer {string.Join(", ", texts.Select(t => t.Id))})");

        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Ok;
    }
}
