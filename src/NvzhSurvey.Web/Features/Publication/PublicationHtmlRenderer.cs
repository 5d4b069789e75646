using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication.Document;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Renders the publication's Razor components to one self-contained HTML document (no HTTP round trip), with
/// the print stylesheet inlined. The same HTML is printed to PDF and shown as the print preview.
/// </summary>
public sealed class PublicationHtmlRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
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
    public async Task<string> RenderAsync(PublicationInput input, IReadOnlyDictionary<string, int>? pageNumbers = null)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(PublicationDocument.Input)] = input,
                [nameof(PublicationDocument.PageNumbers)] = pageNumbers,
                [nameof(PublicationDocument.Stylesheet)] = Stylesheet,
            });
            var output = await renderer.RenderComponentAsync<PublicationDocument>(parameters);
            return output.ToHtmlString();
        });
        return "<!DOCTYPE html>\n" + html;
    }
}
