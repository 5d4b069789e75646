using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Web.Features.Accounts.ApiTokens;

namespace NvzhSurvey.Web.Features.Accounts;

/// <summary>
/// Authorization policy names for pages (<c>[Authorize(Policy = Policies.Staff)]</c>) and endpoints
/// (<c>.RequireAuthorization(Policies.ApiRead)</c>). Use these, not role strings, so that the rules stay in one place.
/// </summary>
public static class Policies
{
    /// <summary>Beheerder only: users, roles, API tokens.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Beheerder or Medewerker: organisations, editions, interviews, invitations.</summary>
    public const string Staff = "Staff";

    /// <summary>Beheerder, Medewerker or Bestuur: reports and publications (no individual answers for Bestuur).</summary>
    public const string ReportReaders = "ReportReaders";

    /// <summary>Lid: the member portal of the user's own organisation.</summary>
    public const string Member = "Member";

    /// <summary>Any signed-in user (cookie), whatever the role: the user's own account settings.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>API reads: any valid API token, or a cookie user in Beheerder/Medewerker/Bestuur.</summary>
    public const string ApiRead = "ApiRead";

    /// <summary>Everything in the API (imports, response exports): a Full token, or a cookie user in Beheerder/Medewerker.</summary>
    public const string ApiFull = "ApiFull";

    internal static IServiceCollection AddSurveyPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Staff, p => p.RequireRole(Roles.Administrator, Roles.Staff))
            .AddPolicy(ReportReaders, p => p.RequireRole(Roles.Administrator, Roles.Staff, Roles.Board))
            .AddPolicy(Member, p => p.RequireRole(Roles.Member))
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(ApiRead, p => p
                .AddAuthenticationSchemes(ApiTokenDefaults.Scheme, IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(c => c.User.HasClaim(h => h.Type == ApiTokenDefaults.ScopeClaim)
                    || c.User.IsInRole(Roles.Administrator) || c.User.IsInRole(Roles.Staff) || c.User.IsInRole(Roles.Board)))
            .AddPolicy(ApiFull, p => p
                .AddAuthenticationSchemes(ApiTokenDefaults.Scheme, IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(c => c.User.HasClaim(ApiTokenDefaults.ScopeClaim, nameof(ApiTokenScope.Full))
                    || c.User.IsInRole(Roles.Administrator) || c.User.IsInRole(Roles.Staff)))
            .Services;
}
