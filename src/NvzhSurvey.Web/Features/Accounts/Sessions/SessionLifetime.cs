using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace NvzhSurvey.Web.Features.Accounts.Sessions;

/// <summary>The time a session started, kept in the cookie's (protected) authentication properties.</summary>
internal static class SessionLifetime
{
    private const string StartedKey = "nvzh.session-started";

    public static void MarkStarted(AuthenticationProperties properties, TimeProvider clock)
    {
        if (StartedAt(properties) is null)
        {
            properties.Items[StartedKey] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        }
    }

    public static DateTimeOffset? StartedAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(StartedKey, out var value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started)
            ? started : null;

    /// <summary>A cookie without a start time (not made by this app's sign-in) counts as expired.</summary>
    public static bool HasExpired(AuthenticationProperties properties, TimeSpan absoluteLifetime, TimeProvider clock) =>
        StartedAt(properties) is not { } started || clock.GetUtcNow() >= started + absoluteLifetime;
}
