namespace NvzhSurvey.Core.Security;

/// <summary>What the administrator filters on: a kind, a person (as actor or as subject), a period of Dutch calendar days.</summary>
public sealed record SecurityLogFilter(SecurityEvent? Kind = null, string? UserId = null, DateOnly? From = null, DateOnly? To = null, int Limit = 500);

/// <summary>A line as shown: people by their current display name (else e-mail address, else the name stored at the time).</summary>
public sealed record SecurityLogLine(long Id, DateTimeOffset At, SecurityEvent Kind, string Actor, string? Subject, string Description);

/// <summary>A person who appears in the log, for the person filter.</summary>
public sealed record SecurityLogPerson(string UserId, string Name);
