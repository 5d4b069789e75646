using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Editions.Membership;

/// <summary>Staff add or remove members of a draft or open edition (the list is fixed once the edition closes).</summary>
public sealed class EditionMembershipService(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public const string FixedMessage = "De ledenlijst van deze editie ligt vast: de editie is gesloten of gepubliceerd.";

    public Task<OperationResult> AddAsync(int year, int organisationId, Actor actor, CancellationToken ct = default) =>
        AdjustAsync(year, organisationId, EditionMemberKind.Added, actor, ct);

    public Task<OperationResult> RemoveAsync(int year, int organisationId, Actor actor, CancellationToken ct = default) =>
        AdjustAsync(year, organisationId, EditionMemberKind.Removed, actor, ct);

    private async Task<OperationResult> AdjustAsync(int year, int organisationId, EditionMemberKind kind, Actor actor, CancellationToken ct)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EditionLock.ShareByYearAsync(db, year, ct); // closing waits, or this sees the edition closed
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return OperationResult.Fail($"Editie {year} bestaat niet.");
        }

        if (EditionStateMachine.MembersAreFixed(edition.Status))
        {
            return OperationResult.Fail(FixedMessage);
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return OperationResult.Fail("Deze organisatie bestaat niet.");
        }

        // An addition replaces an earlier removal and the other way round.
        await db.EditionMembers.Where(m => m.EditionId == edition.Id && m.OrganisationId == organisationId && m.Kind != EditionMemberKind.Fixed)
            .ExecuteDeleteAsync(ct);
        db.EditionMembers.Add(new EditionMember { EditionId = edition.Id, OrganisationId = organisationId, Kind = kind });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OperationResult.Ok;
    }
}
