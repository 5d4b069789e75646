using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Reporting.Checks;

/// <summary>Staff mark a year-on-year check "klopt" with a short reason, or take that back.</summary>
public sealed class DataCheckResolver(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
{
    public const string ReasonRequiredMessage = "Geef kort aan waarom het klopt.";

    public static string ReasonTooLongMessage => $"De reden mag hooguit {DataCheckResolution.ReasonMaxLength} tekens zijn.";

    public async Task<OperationResult> ResolveAsync(int year, int organisationId, string checkKey, string? reason, Actor actor,
        CancellationToken cancellationToken = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            return OperationResult.Fail(ReasonRequiredMessage);
        }

        if (text.Length > DataCheckResolution.ReasonMaxLength)
        {
            return OperationResult.Fail(ReasonTooLongMessage);
        }

        if (!YearOnYearCheckKeys.All.Contains(checkKey))
        {
            return OperationResult.Fail("Deze controle bestaat niet.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editionId = await db.Editions.Where(e => e.Year == year).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (editionId is null)
        {
            return OperationResult.Fail($"Editie {year} bestaat niet.");
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return OperationResult.Fail("Deze organisatie bestaat niet.");
        }

        var resolution = await db.DataCheckResolutions.SingleOrDefaultAsync(
            r => r.EditionId == editionId && r.OrganisationId == organisationId && r.CheckKey == checkKey, cancellationToken);
        if (resolution is null)
        {
            resolution = new DataCheckResolution { EditionId = editionId.Value, OrganisationId = organisationId, CheckKey = checkKey, Reason = text };
            db.DataCheckResolutions.Add(resolution);
        }

        resolution.Reason = text;
        // The person's display name, never the e-mail address the sign-in name is.
        resolution.ResolvedBy = await new DisplayNames(dbFactory).OfAsync(actor.UserId, cancellationToken) ?? actor.DisplayName;
        resolution.ResolvedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> ReopenAsync(int year, int organisationId, string checkKey, Actor actor,
        CancellationToken cancellationToken = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.DataCheckResolutions
            .Where(r => db.Editions.Where(e => e.Year == year).Select(e => e.Id).Contains(r.EditionId) && r.OrganisationId == organisationId && r.CheckKey == checkKey)
            .ExecuteDeleteAsync(cancellationToken);
        return OperationResult.Ok;
    }
}
