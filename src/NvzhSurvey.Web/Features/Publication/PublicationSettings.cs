namespace NvzhSurvey.Web.Features.Publication;

/// <summary>Configuration section "Publication".</summary>
public sealed class PublicationSettings
{
    public const string Section = "Publication";

    /// <summary>Chromium (or Chrome) executable that prints the PDF.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>A print that takes longer is killed (with its process tree) and reported as failed.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Prints running at the same time (each takes a core while it lasts).</summary>
    public int MaxConcurrentPrints { get; set; } = 2;

    /// <summary>Prints waiting for a free place; one more is refused with 503 and Retry-After.</summary>
    public int MaxQueuedPrints { get; set; } = 4;

    /// <summary>Keep one Chromium running and print over DevTools; false: one Chromium command per print.</summary>
    public bool WarmPrinter { get; set; } = true;

    /// <summary>The warm Chromium is replaced by a fresh one after this many prints.</summary>
    public int PrintsPerBrowser { get; set; } = 100;

    /// <summary>
    /// How long a print waits for the warm Chromium's spare blank page while it is still being made, before it makes
    /// its own. Making one takes 0.1–0.8 s (longer under heavy load); bounded so a spare that hangs never holds a
    /// print up. Not configurable (tests set it).
    /// </summary>
    internal TimeSpan SpareWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Memory for printed PDFs kept by the hash of their input.</summary>
    public int PdfCacheMegabytes { get; set; } = 64;

    /// <summary>PDF exports per identity (user or API token) per minute; more get 429 with Retry-After.</summary>
    public int ExportsPerMinute { get; set; } = 6;

    /// <summary>Where each print gets its own temporary folder (removed afterwards); default the system's temp folder.</summary>
    public string? WorkDirectory { get; set; }
}
