namespace NvzhSurvey.Core.Accounts;

/// <summary>What kind of party performs a use case.</summary>
public enum ActorKind
{
    /// <summary>Beheerder or Medewerker (and seeders, imports and tests acting for staff).</summary>
    Staff,

    /// <summary>Lid: acts only for <see cref="Actor.OrganisationId"/>.</summary>
    Member,

    /// <summary>An API token: a Full token has staff rights, a ReadReports token writes nothing.</summary>
    ApiToken,

    /// <summary>Signed in without any write rights (Bestuur, a Lid account not linked to an organisation) or anonymous.</summary>
    Reader,
}

/// <summary>
/// Who performs a use case. Every write method of a Core service that a member can reach takes the actor and checks
/// it itself; a page is never trusted to have checked ownership when it loaded. The web app builds it once per
/// circuit or request from the signed-in user and the user's organisation in the database (<c>ActorResolver</c>).
/// </summary>
public sealed record Actor(string? UserId, string DisplayName, ActorKind Kind, int? OrganisationId = null, ApiTokenScope? Scope = null)
{
    /// <summary>The Dutch refusal of a write that the actor's role never allows (checked before any lookup).</summary>
    public const string NotAllowedMessage = "U heeft geen toestemming voor deze wijziging.";

    public static Actor Staff(string? userId, string displayName) => new(userId, displayName, ActorKind.Staff);

    public static Actor Member(string? userId, string displayName, int organisationId) =>
        new(userId, displayName, ActorKind.Member, organisationId);

    public static Actor Token(string? tokenId, string displayName, ApiTokenScope scope) =>
        new(tokenId, displayName, ActorKind.ApiToken, Scope: scope);

    public static Actor Reader(string? userId, string displayName) => new(userId, displayName, ActorKind.Reader);

    /// <summary>Seeders, background work and tests, with staff rights.</summary>
    public static Actor System(string displayName = "systeem") => Staff(null, displayName);

    /// <summary>Staff, or a Full API token: may write every organisation and the staff-only fields.</summary>
    public bool HasStaffRights => Kind == ActorKind.Staff || (Kind == ActorKind.ApiToken && Scope == ApiTokenScope.Full);

    public bool IsMember => Kind == ActorKind.Member && OrganisationId is not null;

    /// <summary>Whether the actor may change data of this organisation (its profile, locations and response).</summary>
    public bool MayWriteFor(int organisationId) => HasStaffRights || (IsMember && OrganisationId == organisationId);
}
