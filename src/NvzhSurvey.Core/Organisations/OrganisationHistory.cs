using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Interviews;

namespace NvzhSurvey.Core.Organisations;

/// <summary>
/// The history of an organisation's own data (profile and locations; the interviews have their own history) as
/// people read it, worded like the interview history: one entry per save, newest first, Dutch field names, nl-NL
/// values, display names and Europe/Amsterdam times (<see cref="InterviewHistory.Describe"/>, <see cref="HistoryWording"/>).
/// </summary>
public sealed class OrganisationHistory(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public async Task<IReadOnlyList<HistoryEntry>> LoadAsync(int organisationId, int take = 1000, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && (a.EntityType == "Organisation" || a.EntityType == "Location"))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(ct);
        var userIds = rows.Select(r => r.UserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id, ct);
        // A location's changes are named after the location: its current name, or the name it had when removed.
        var locationIds = rows.Where(r => r.EntityType == "Location").Select(r => int.Parse(r.EntityId, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var locationNames = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), l => l.Name, ct);
        return InterviewHistory.Describe(rows, new HistoryWording([], locationNames), names);
    }
}
