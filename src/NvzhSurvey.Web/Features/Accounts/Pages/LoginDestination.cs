using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Accounts.Pages;

/// <summary>Where a login ends: a local return URL, else the home page of the user's role.</summary>
internal static class LoginDestination
{
    public static async Task<string> ForAsync(UserManager<AppUser> users, AppUser user, string? returnUrl) =>
        IsLocal(returnUrl) && returnUrl != "/" ? returnUrl! : await HomeForAsync(users, user);

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");

    private static async Task<string> HomeForAsync(UserManager<AppUser> users, AppUser user) =>
        await users.IsInRoleAsync(user, Roles.Member) ? "/mijn-organisatie"
        : await users.IsInRoleAsync(user, Roles.Board) && !await users.IsInRoleAsync(user, Roles.Staff) ? "/edities"
        : "/";
}
