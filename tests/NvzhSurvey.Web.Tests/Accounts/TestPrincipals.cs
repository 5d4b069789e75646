using System.Security.Claims;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Tests.Accounts;

/// <summary>Signed-in users as the services see them, for calling services directly.</summary>
internal static class TestPrincipals
{
    public static ClaimsPrincipal Staff => In(Roles.Staff, "medewerker-test@nvzh.example");

    public static ClaimsPrincipal Administrator => In(Roles.Administrator, "beheerder-test@nvzh.example");

    public static ClaimsPrincipal In(string role, string name, string? userId = null) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId ?? "test-" + name), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test"));
}
