using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Editions;

/// <summary>
/// Per organisation, the status of its response in one edition: the edition's members (also those without a
/// response, see <see cref="Membership.EditionMembers"/>) and any other organisation that has a response.
/// </summary>
public sealed class EditionOverview(IDbContextFactory<SurveyDbContext> dbFactory)
{
    /// <summary>The rows of the edition of <paramref name="year"/> by name; empty when there is no such edition.</summary>
    public async Task<IReadOnlyList<EditionOrganisationRow>> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return [];
        }

        var responses = await db.Responses.AsNoTracking().Where(r => r.EditionId == edition.Id)
            .Select(r => new { r.OrganisationId, r.Status, r.LastChangedAt, r.LastChangedBy, Locations = r.Locations.Count })
            .ToListAsync(ct);
        var members = (await Membership.EditionMembers.LoadAsync(db, edition.Id, edition.Year, edition.Status, ct))
            .Select(m => m.OrganisationId).ToHashSet();
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Name, o.City, o.IsArchived })
            .ToListAsync(ct);
        return organisations
            .Where(o => members.Contains(o.Id) || responses.Any(r => r.OrganisationId == o.Id))
            .Select(o =>
            {
                var r = responses.SingleOrDefault(x => x.OrganisationId == o.Id);
                return new EditionOrganisationRow(o.Id, o.Name, o.City, r?.Status ?? ResponseStatus.NotStarted,
                    r?.LastChangedAt, r?.LastChangedBy, r?.Locations ?? 0);
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}

public sealed record EditionOrganisationRow(int OrganisationId, string Name, string? City, ResponseStatus Status,
    DateTimeOffset? LastChangedAt, string? LastChangedBy, int CountedLocations);
