namespace NvzhSurvey.Core.Auditing;

/// <summary>Who is making the current change, for the audit log. The web app supplies the signed-in user.</summary>
public interface ICurrentActor
{
    string? UserId { get; }
    string? UserName { get; }
}

/// <summary>Used by seeders, imports without a user, and tests.</summary>
public sealed class SystemActor(string name = "systeem") : ICurrentActor
{
    public string? UserId => null;
    public string? UserName { get; } = name;
}
