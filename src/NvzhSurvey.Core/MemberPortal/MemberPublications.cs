using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.MemberPortal;

/// <summary>
/// What a member sees of what the association published: the published editions (newest first), each with its PDF and
/// its report page (aggregates only, with the board's small-number suppression). Only published editions, only for
/// a member linked to an organisation; anyone else gets nothing, like an unpublished year.
/// </summary>
public sealed class MemberPublications(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MemberPublication>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsMember)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Editions.AsNoTracking().Where(e => e.Status == EditionStatus.Published)
            .OrderByDescending(e => e.Year)
            .Select(e => new MemberPublication(e.Year, e.PublishedAt))
            .ToListAsync(ct);
    }

    /// <summary>Whether the member may read this year's report and PDF: the edition is published.</summary>
    public async Task<bool> MayReadAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!actor.IsMember)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Editions.AnyAsync(e => e.Year == year && e.Status == EditionStatus.Published, ct);
    }
}

public sealed record MemberPublication(int Year, DateTimeOffset? PublishedAt);
