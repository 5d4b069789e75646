using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Interviews;

/// <summary>The audit trail of one response, newest first, for the form's history panel.</summary>
public sealed class InterviewHistory(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public async Task<IReadOnlyList<AuditEntry>> LoadAsync(int responseId, int take = 100, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.ResponseId == responseId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(ct);
    }
}
