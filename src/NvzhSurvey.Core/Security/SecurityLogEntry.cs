namespace NvzhSurvey.Core.Security;

/// <summary>
/// One line of the security log: what happened, to whom, by whom and when. Append-only: the properties are
/// init-only, <see cref="Auditing.AuditInterceptor"/> refuses to save a change or deletion, and the table has a
/// trigger that refuses UPDATE and DELETE (migration SecurityLog).
/// </summary>
public sealed class SecurityLogEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public SecurityEvent Kind { get; init; }

    /// <summary>The user who acted (null for the system, a token or an anonymous visitor).</summary>
    public string? ActorUserId { get; init; }

    /// <summary>The actor's display name at the time (or "systeem", "API-token X").</summary>
    public required string ActorName { get; init; }

    /// <summary>The user the event is about, when it is about a user (role change, reset, accepted invitation).</summary>
    public string? SubjectUserId { get; init; }

    /// <summary>The subject as shown at the time: display name or e-mail address, or the token or edition.</summary>
    public string? SubjectName { get; init; }

    /// <summary>What happened, in Dutch ("Rol Medewerker → Beheerder").</summary>
    public required string Description { get; init; }
}
