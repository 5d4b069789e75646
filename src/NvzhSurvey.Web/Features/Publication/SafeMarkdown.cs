using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Staff-written Markdown as HTML that cannot reach anything: raw HTML is switched off, links keep only
/// http, https and mailto addresses, and images only embedded <c>data:image/…</c> pictures. A link or image
/// with any other address (<c>file:</c>, <c>javascript:</c>, an internal server) is replaced by its text.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseSmartyPants().Build();
    private static readonly string[] LinkSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];
    private static readonly string[] ImageTypes = ["data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;"];

    public static string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!(link.IsImage ? IsAllowedImage(link.Url) : IsAllowedLink(link.Url)))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowedLink(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public static bool IsAllowedLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && LinkSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);

    public static bool IsAllowedImage(string? url) =>
        url is not null && ImageTypes.Any(type => url.TrimStart().StartsWith(type, StringComparison.OrdinalIgnoreCase));

    /// <summary>Puts the link's text (an image's alternative text) in its place.</summary>
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
