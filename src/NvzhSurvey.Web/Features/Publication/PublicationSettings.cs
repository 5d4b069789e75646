namespace NvzhSurvey.Web.Features.Publication;

/// <summary>Configuration section "Publication".</summary>
public sealed class PublicationSettings
{
    public const string Section = "Publication";

    /// <summary>Chromium (or Chrome) executable that prints the PDF.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>A print that takes longer is killed (with its process tree) and reported as failed.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Prints running at the same time; further exports wait (each Chromium takes ~150 MB and a core).</summary>
    public int MaxConcurrentPrints { get; set; } = 2;

    /// <summary>Where each print gets its own temporary folder (removed afterwards); default the system's temp folder.</summary>
    public string? WorkDirectory { get; set; }
}
