using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Web.Features.Accounts.Portal;

/// <summary>
/// The organisation of the signed-in member, read from the database on every use (never from the URL or from a
/// claim, which could be stale after an administrator re-linked the account). Every portal query filters on it.
/// </summary>
public sealed class MemberContext(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public async Task<int?> OrganisationIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !user.IsInRole(Roles.Member))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId && !u.IsDisabled).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
    }
}
