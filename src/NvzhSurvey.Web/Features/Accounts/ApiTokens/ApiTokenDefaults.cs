namespace NvzhSurvey.Web.Features.Accounts.ApiTokens;

public static class ApiTokenDefaults
{
    /// <summary>Authentication scheme for <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>Claim with the token's scope: "ReadReports" or "Full".</summary>
    public const string ScopeClaim = "api_scope";

    /// <summary>Prefix of new token values, so that leaked tokens are recognisable ("nvzh_…").</summary>
    public const string TokenPrefix = "nvzh_";
}
