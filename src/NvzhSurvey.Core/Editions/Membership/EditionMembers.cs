using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Editions.Membership;

/// <summary>
/// The member list of an edition. Draft and open: the organisations whose membership period ("lid sinds" – "lid tot")
/// overlaps the edition's year, plus those staff added, minus those staff removed. Closed and published: the list
/// fixed when the edition closed. A member's locations are the ones counted in its completed response, else its
/// active locations. A constant number of queries.
/// </summary>
public static class EditionMembers
{
    public static async Task<IReadOnlyList<EditionMemberRow>> LoadAsync(
        SurveyDbContext db, int editionId, int year, EditionStatus status, CancellationToken ct)
    {
        if (EditionStateMachine.MembersAreFixed(status))
        {
            return await db.EditionMembers.AsNoTracking()
                .Where(m => m.EditionId == editionId && m.Kind == EditionMemberKind.Fixed)
                .OrderBy(m => m.OrganisationId)
                .Select(m => new EditionMemberRow(m.OrganisationId, m.Locations))
                .ToListAsync(ct);
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var adjustments = db.EditionMembers.Where(m => m.EditionId == editionId);
        return await db.Organisations.AsNoTracking()
            .Where(o => adjustments.Any(m => m.OrganisationId == o.Id && m.Kind == EditionMemberKind.Added)
                        || ((o.MemberSince == null || o.MemberSince <= last)
                            && (o.MemberUntil == null || o.MemberUntil >= first)
                            && !(o.IsArchived && o.MemberUntil == null)))
            .Where(o => !adjustments.Any(m => m.OrganisationId == o.Id && m.Kind == EditionMemberKind.Removed))
            .OrderBy(o => o.Id)
            .Select(o => new EditionMemberRow(o.Id,
                db.Responses.Where(r => r.EditionId == editionId && r.OrganisationId == o.Id && r.Status == ResponseStatus.Completed)
                    .Select(r => (int?)r.Locations.Count).FirstOrDefault() ?? o.Locations.Count(l => l.IsActive)))
            .ToListAsync(ct);
    }

    /// <summary>Fixes the member list as it is now (on closing), inside the caller's transaction.</summary>
    internal static async Task FixAsync(SurveyDbContext db, Edition edition, CancellationToken ct)
    {
        var members = await LoadAsync(db, edition.Id, edition.Year, EditionStatus.Open, ct);
        await db.EditionMembers.Where(m => m.EditionId == edition.Id && m.Kind == EditionMemberKind.Fixed).ExecuteDeleteAsync(ct);
        db.EditionMembers.AddRange(members.Select(m => new EditionMember
        {
            EditionId = edition.Id, OrganisationId = m.OrganisationId, Kind = EditionMemberKind.Fixed, Locations = m.Locations,
        }));
    }

    /// <summary>Back to the live list (on reopening); staff's additions and removals are kept.</summary>
    internal static Task ReleaseAsync(SurveyDbContext db, int editionId, CancellationToken ct) =>
        db.EditionMembers.Where(m => m.EditionId == editionId && m.Kind == EditionMemberKind.Fixed).ExecuteDeleteAsync(ct);
}

/// <summary>A member of an edition and its number of locations.</summary>
public sealed record EditionMemberRow(int OrganisationId, int Locations);
