namespace NvzhSurvey.Core.Auditing;

/// <summary>Who is making the current change, for the audit log. The web app supplies the signed-in user.</summary>
public interface ICurrentActor
{
    string? UserId { get; }
    string? UserName { get; }

    /// <summary>The name people see ("Anne de Vries"), stored as the response's "laatst gewijzigd door"; the user
    /// name (e-mail address) when no display name is known.</summary>
    string? DisplayName => UserName;
}

/// <summary>Used by seeders, imports without a user, and tests.</summary>
public sealed class SystemActor(string name = "systeem") : ICurrentActor
{
    public string? UserId => null;
    public string? UserName { get; } = name;
}
