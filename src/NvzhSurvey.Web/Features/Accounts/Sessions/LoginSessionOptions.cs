namespace NvzhSurvey.Web.Features.Accounts.Sessions;

/// <summary>How long a login lasts (configuration section "Accounts:Sessions").</summary>
public sealed class LoginSessionOptions
{
    public const string Section = "Accounts:Sessions";

    /// <summary>Without a request for this long the cookie expires (renewed while the user is active).</summary>
    public TimeSpan SlidingLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>However active the user, a session ends this long after its login.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);
}
