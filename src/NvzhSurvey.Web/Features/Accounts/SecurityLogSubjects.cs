using System.Security.Claims;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Security;

namespace NvzhSurvey.Web.Features.Accounts;

/// <summary>Actors and subjects of security-log lines, from a user row or the signed-in principal.</summary>
public static class SecurityLogSubjects
{
    public static SecuritySubject Of(AppUser user) => new(user.Id, user.DisplayName ?? user.Email);

    public static SecurityActor ActorOf(AppUser user) => new(user.Id, user.DisplayName ?? user.Email ?? user.Id);

    /// <summary>A signed-in user (by id, shown by display name), or an API token by its name.</summary>
    public static SecurityActor ActorOf(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return new SecurityActor(id is null || id.StartsWith("apitoken:", StringComparison.Ordinal) ? null : id, principal.ShownName() ?? "onbekend");
    }
}
