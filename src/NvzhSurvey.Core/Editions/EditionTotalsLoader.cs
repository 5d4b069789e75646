using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Editions;

/// <summary>
/// An edition at a glance, as the API lists it: status, the member totals of its member list (or their manual
/// correction), when it was published, and how many responses it has and how many of them are completed.
/// </summary>
public sealed record EditionTotals(
    int Year, EditionStatus Status, int MembersTotal, int LocationsAllMembers, bool MembersCorrected, DateTimeOffset? PublishedAt,
    int Responses, int Completed);

/// <summary>Reads <see cref="EditionTotals"/>s: every edition in year order, or one by its year.</summary>
public sealed class EditionTotalsLoader(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public async Task<IReadOnlyList<EditionTotals>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoadAsync(db, db.Editions, ct);
    }

    /// <returns>Null when there is no edition of that year.</returns>
    public async Task<EditionTotals?> FindAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await LoadAsync(db, db.Editions.Where(e => e.Year == year), ct)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<EditionTotals>> LoadAsync(SurveyDbContext db, IQueryable<Edition> editions, CancellationToken ct)
    {
        var rows = await editions.AsNoTracking().OrderBy(e => e.Year)
            .Select(e => new
            {
                Edition = e,
                Responses = db.Responses.Count(r => r.EditionId == e.Id),
                Completed = db.Responses.Count(r => r.EditionId == e.Id && r.Status == ResponseStatus.Completed),
            })
            .ToListAsync(ct);
        var totals = new List<EditionTotals>(rows.Count);
        foreach (var row in rows)
        {
            var edition = row.Edition;
            var members = await EditionMembers.LoadAsync(db, edition.Id, edition.Year, edition.Status, ct);
            totals.Add(new EditionTotals(edition.Year, edition.Status, edition.MembersTotal ?? members.Count,
                edition.LocationsAllMembers ?? members.Sum(m => m.Locations),
                edition.MembersTotal is not null || edition.LocationsAllMembers is not null,
                edition.PublishedAt, row.Responses, row.Completed));
        }

        return totals;
    }
}
