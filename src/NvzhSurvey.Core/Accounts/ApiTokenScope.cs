namespace NvzhSurvey.Core.Accounts;

public enum ApiTokenScope
{
    /// <summary>GET of editions, questionnaires, reports and publications; no organisation data.</summary>
    ReadReports = 1,

    /// <summary>Everything the API offers, including imports and response exports.</summary>
    Full = 2,
}
