using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>
/// The one place that protects the API. <see cref="RequireApiRead{TBuilder}"/>: editions, questionnaires, reports
/// (no organisation data). <see cref="RequireApiFull{TBuilder}"/>: imports and response exports.
/// </summary>
/// <remarks>
/// Until the bearer-token scheme of the accounts feature is merged, the policies require a signed-in cookie user:
/// read for Beheerder/Medewerker/Bestuur, full for Beheerder/Medewerker. Switching to the token-scope policies
/// is one line per method.
/// </remarks>
public static class ApiAuthorization
{
    public const string ReadPolicy = "api-read";
    public const string FullPolicy = "api-full";

    public static IServiceCollection AddApiPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.Staff, Roles.Board))
            .AddPolicy(FullPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.Staff));
        return services;
    }

    public static TBuilder RequireApiRead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ReadPolicy);

    public static TBuilder RequireApiFull<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(FullPolicy);
}
