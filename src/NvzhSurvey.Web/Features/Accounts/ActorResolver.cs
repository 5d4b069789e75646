using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Web.Features.Accounts.ApiTokens;

namespace NvzhSurvey.Web.Features.Accounts;

/// <summary>
/// Builds the <see cref="Actor"/> that pages and endpoints pass to every Core write: from the signed-in user's roles
/// (or API token scope) and, for a member, the organisation on the user's database row (never the URL or a claim).
/// Scoped, so it is built once per circuit or request, and again when the circuit's user changes (signed out after
/// a role change or re-linking, which update the security stamp).
/// </summary>
public sealed class ActorResolver(IDbContextFactory<SurveyDbContext> dbFactory)
{
    private ClaimsPrincipal? _user;
    private Actor? _actor;

    public async Task<Actor> ResolveAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (_actor is not null && ReferenceEquals(user, _user))
        {
            return _actor;
        }

        var actor = await BuildAsync(user, ct);
        (_user, _actor) = (user, actor);
        return actor;
    }

    /// <summary>For components: the cascading authentication state's user.</summary>
    public async Task<Actor> ResolveAsync(Task<AuthenticationState> state, CancellationToken ct = default) =>
        await ResolveAsync((await state).User, ct);

    private async Task<Actor> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.Identity?.Name ?? "anoniem";
        if (user.Identity?.IsAuthenticated != true || userId is null)
        {
            return Actor.Reader(null, name);
        }

        if (user.FindFirstValue(ApiTokenDefaults.ScopeClaim) is { } scope)
        {
            return Enum.TryParse<ApiTokenScope>(scope, out var parsed) ? Actor.Token(userId, name, parsed) : Actor.Reader(userId, name);
        }

        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Staff))
        {
            return Actor.Staff(userId, name);
        }

        if (user.IsInRole(Roles.Member))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organisationId = await db.Users.Where(u => u.Id == userId && !u.IsDisabled)
                .Select(u => u.OrganisationId).SingleOrDefaultAsync(ct);
            return organisationId is { } id ? Actor.Member(userId, name, id) : Actor.Reader(userId, name);
        }

        return Actor.Reader(userId, name);
    }
}
