using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Editions;

/// <summary>The dashboard's figures: responses per status of the open edition over the active member organisations.</summary>
public sealed class OpenEditionProgress(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public async Task<ProgressCounts> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking()
            .Where(e => e.Status == EditionStatus.Open).OrderByDescending(e => e.Year).FirstOrDefaultAsync(ct);
        if (edition is null)
        {
            return new ProgressCounts(null, 0, 0, 0, 0, 0);
        }

        var organisations = await db.Organisations.CountAsync(o => !o.IsArchived, ct);
        var byStatus = await db.Responses.Where(r => r.EditionId == edition.Id && !r.Organisation!.IsArchived)
            .GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(ResponseStatus status) => byStatus.SingleOrDefault(s => s.Status == status)?.Count ?? 0;
        var started = Count(ResponseStatus.Completed) + Count(ResponseStatus.SubmittedByMember) + Count(ResponseStatus.Draft);
        return new ProgressCounts(edition.Year, organisations, Count(ResponseStatus.Completed),
            Count(ResponseStatus.SubmittedByMember), Count(ResponseStatus.Draft), organisations - started);
    }
}

/// <summary>Year null: there is no open edition.</summary>
public sealed record ProgressCounts(int? Year, int Organisations, int Completed, int Submitted, int Drafts, int NotStarted);
