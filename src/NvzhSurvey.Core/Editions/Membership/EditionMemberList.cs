using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Editions.Membership;

/// <summary>
/// What the edition page shows of an edition's members: each member with its city and locations (marked when staff
/// added it), whether the list is fixed, and, while it is not, the organisations staff could add.
/// </summary>
public sealed class EditionMemberList(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public async Task<EditionMemberListModel?> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return null;
        }

        var rows = await EditionMembers.LoadAsync(db, edition.Id, edition.Year, edition.Status, ct);
        var memberIds = rows.Select(r => r.OrganisationId).ToList();
        var added = await db.EditionMembers.Where(m => m.EditionId == edition.Id && m.Kind == EditionMemberKind.Added)
            .Select(m => m.OrganisationId).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => memberIds.Contains(o.Id) || !o.IsArchived)
            .Select(o => new { o.Id, o.Name, o.City }).ToListAsync(ct);
        var byId = organisations.ToDictionary(o => o.Id);
        var order = StringComparer.Create(Reporting.DutchFormat.Culture, ignoreCase: true);
        var fixedList = EditionStateMachine.MembersAreFixed(edition.Status);

        var members = rows.Where(r => byId.ContainsKey(r.OrganisationId))
            .Select(r => new EditionMemberItem(r.OrganisationId, byId[r.OrganisationId].Name, byId[r.OrganisationId].City, r.Locations,
                !fixedList && added.Contains(r.OrganisationId)))
            .OrderBy(m => m.Name, order).ToList();
        var candidates = fixedList
            ? []
            : organisations.Where(o => !memberIds.Contains(o.Id)).OrderBy(o => o.Name, order)
                .Select(o => new EditionCandidate(o.Id, o.Name, o.City)).ToList();
        return new EditionMemberListModel(edition.Year, edition.Status, fixedList, members, candidates);
    }
}

public sealed record EditionMemberListModel(
    int Year, EditionStatus Status, bool IsFixed, IReadOnlyList<EditionMemberItem> Members, IReadOnlyList<EditionCandidate> Candidates);

public sealed record EditionMemberItem(int OrganisationId, string Name, string? City, int Locations, bool AddedByStaff);

public sealed record EditionCandidate(int OrganisationId, string Name, string? City);
