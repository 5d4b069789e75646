using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Accounts;

/// <summary>People by the name they gave ("Anne de Vries"), not their e-mail address, for histories and forms.</summary>
public sealed class DisplayNames(IDbContextFactory<SurveyDbContext> dbFactory)
{
    /// <summary>Display name (or e-mail address when none is set) per user id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> LoadAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.UserName ?? u.Id, ct);
    }

    public async Task<string?> OfAsync(string? userId, CancellationToken ct = default) =>
        userId is null ? null : (await LoadAsync([userId], ct)).GetValueOrDefault(userId);
}
