namespace NvzhSurvey.Core.Security;

/// <summary>Who acts, for the security log: a user (id and name as shown), a token, or the system.</summary>
public sealed record SecurityActor(string? UserId, string Name)
{
    public static readonly SecurityActor System = new(null, "systeem");
}

/// <summary>Whom or what an event is about: a user (id and name as shown), or only a name (a token, an address).</summary>
public sealed record SecuritySubject(string? UserId, string? Name)
{
    public static SecuritySubject Named(string? name) => new(null, name);
}
