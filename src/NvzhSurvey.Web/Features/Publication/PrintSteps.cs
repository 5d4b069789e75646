namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Where one warm print spent its time (milliseconds): a fresh browser context, a page in it, the page's
/// settings (JavaScript off, request interception), loading the document, and Chromium printing it to PDF
/// (including reading the PDF back over the DevTools protocol). Logged with each print; the benchmark prints the medians.
/// </summary>
public sealed record PrintSteps(double Context, double Page, double Setup, double Load, double Pdf, double Close)
{
    public double Total => Context + Page + Setup + Load + Pdf + Close;
}
