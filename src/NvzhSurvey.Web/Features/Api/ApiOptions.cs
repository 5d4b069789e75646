namespace NvzhSurvey.Web.Features.Api;

/// <summary>Configuration section "Api".</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Largest accepted import body (JSON, CSV or Excel) in bytes; larger bodies get 413.</summary>
    public long ImportMaxBytes { get; set; } = 10 * 1024 * 1024;
}
