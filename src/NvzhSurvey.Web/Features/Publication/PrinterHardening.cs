namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// What both printers (the warm one and the one-shot command) do to keep a print from reaching anything:
/// no name resolution, no scripts (the warm printer switches JavaScript off in the page; for the one-shot command the
/// document's policy forbids every script, since <c>--blink-settings=scriptEnabled=false</c> stops headless
/// <c>--print-to-pdf</c> from printing at all), and an environment of their own instead of the app's (which holds the
/// connection string and other secrets). The publication HTML adds its own Content-Security-Policy.
/// </summary>
public static class PrinterHardening
{
    /// <summary>Every host name resolves to nothing, so no request can leave the machine by name.</summary>
    public const string NoNameResolution = "--host-resolver-rules=MAP * ~NOTFOUND";

    /// <summary>The Content-Security-Policy the publication HTML carries in its own meta element.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    /// <summary>Flags of both printers besides their own: headless, no first-run work, no background traffic.</summary>
    public static IReadOnlyList<string> CommonFlags { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // A new browser context (one per print) otherwise preloads the omnibox popup's WebUI in a renderer of its own:
        // about 365 ms of CPU while the print runs, seen in a Chromium trace (ADR 021).
        "--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup",
    ];

    /// <summary>
    /// The whole environment Chromium gets: a search path and a home inside the print's own folder. Nothing of the
    /// app's environment (connection strings, tokens, certificate passwords) is passed on.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(string home) => new Dictionary<string, string>
    {
        ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
        ["HOME"] = home,
        ["LANG"] = "C.UTF-8",
    };

    /// <summary>Text for a CSS string in a style element: quotes and backslashes escaped, and <c>&lt;</c> too, so
    /// no text can close the style element.</summary>
    public static string CssString(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("<", "\\3C ", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
