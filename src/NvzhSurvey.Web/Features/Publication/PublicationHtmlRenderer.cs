using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication.Document;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Renders the publication's Razor components to one self-contained HTML document (no HTTP round trip), with
/// the print stylesheet inlined. The same HTML is printed to PDF and shown as the print preview.
/// </summary>
public sealed class PublicationHtmlRenderer(IServiceProvider services, ILoggerFactory loggerFactory, PublicationBrandingService branding)
{
    private static readonly Lazy<string> StylesheetText = new(() =>
    {
        using var stream = typeof(PublicationHtmlRenderer).Assembly.GetManifestResourceStream("NvzhSurvey.Publication.css")
            ?? throw new InvalidOperationException("The publication stylesheet is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Stylesheet => StylesheetText.Value;

    /// <param name="pageNumbers">Page numbers of the table of contents by anchor; null prints placeholders.</param>
    /// <param name="medium">Print (PDF and preview) or the public web page (responsive, every chart with a table).</param>
    public async Task<string> RenderAsync(PublicationInput input, IReadOnlyDictionary<string, int>? pageNumbers = null, PublicationMedium? medium = null)
    {
        var look = await branding.GetAsync();
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(PublicationDocument.Input)] = input,
                [nameof(PublicationDocument.PageNumbers)] = pageNumbers,
                [nameof(PublicationDocument.Stylesheet)] = Stylesheet,
                [nameof(PublicationDocument.Accent)] = look.AccentColour,
                [nameof(PublicationDocument.LogoDataUri)] = LogoDataUri(look),
                [nameof(PublicationDocument.Medium)] = medium ?? PublicationMedium.Print,
            });
            var output = await renderer.RenderComponentAsync<PublicationDocument>(parameters);
            return output.ToHtmlString();
        });
        return "<!DOCTYPE html>\n" + html;
    }

    private static string? LogoDataUri(PublicationBranding look) =>
        look is { Logo: { Length: > 0 } logo, LogoContentType: LogoSanitiser.Png or LogoSanitiser.Svg }
            ? $"data:{look.LogoContentType};base64,{Convert.ToBase64String(logo)}"
            : null;
}
