namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Where one warm print spent its time (milliseconds): getting a fresh browser context with a blank page in it
/// (JavaScript off, request interception on; near zero when the spare made after the previous print was ready),
/// loading the document, Chromium printing it to PDF (including reading the PDF back over the DevTools protocol)
/// and closing the context. Logged with each print; <c>./bench.sh publication</c> prints the medians.
/// </summary>
public sealed record PrintSteps(double Page, double Load, double Pdf, double Close, bool FromSpare)
{
    public double Total => Page + Load + Pdf + Close;
}
