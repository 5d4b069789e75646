using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Accounts.Security;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>
/// The one place that protects the API, with the policies of the accounts feature (bearer API tokens or a cookie
/// user) and its API rate limit. <see cref="RequireApiRead{TBuilder}"/>: editions, questionnaires, reports — no
/// organisation data, so a ReadReports token may use them. <see cref="RequireApiFull{TBuilder}"/>: imports, edition
/// creation and response exports (JSON, CSV, Excel) — a Full token, or Beheerder/Medewerker.
/// </summary>
public static class ApiAuthorization
{
    public static TBuilder RequireApiRead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policies.ApiRead).RequireRateLimiting(RateLimitPolicies.Api);

    public static TBuilder RequireApiFull<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policies.ApiFull).RequireRateLimiting(RateLimitPolicies.Api);
}
