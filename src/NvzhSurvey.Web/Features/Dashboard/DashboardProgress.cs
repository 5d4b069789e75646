using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Web.Features.Dashboard;

/// <summary>Progress of the open edition: responses per status over the active member organisations.</summary>
public sealed record DashboardProgress(int? Year, int Organisations, int Completed, int Submitted, int Drafts, int NotStarted)
{
    public static async Task<DashboardProgress> LoadAsync(SurveyDbContext db, CancellationToken ct = default)
    {
        var edition = await db.Editions.AsNoTracking()
            .Where(e => e.Status == EditionStatus.Open).OrderByDescending(e => e.Year).FirstOrDefaultAsync(ct);
        if (edition is null)
        {
            return new DashboardProgress(null, 0, 0, 0, 0, 0);
        }

        var organisations = await db.Organisations.CountAsync(o => !o.IsArchived, ct);
        var byStatus = await db.Responses.Where(r => r.EditionId == edition.Id && !r.Organisation!.IsArchived)
            .GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(ResponseStatus status) => byStatus.SingleOrDefault(s => s.Status == status)?.Count ?? 0;
        var started = Count(ResponseStatus.Completed) + Count(ResponseStatus.SubmittedByMember) + Count(ResponseStatus.Draft);
        return new DashboardProgress(edition.Year, organisations, Count(ResponseStatus.Completed),
            Count(ResponseStatus.SubmittedByMember), Count(ResponseStatus.Draft), organisations - started);
    }
}
