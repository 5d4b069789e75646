using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace NvzhSurvey.Web.Features.Publication.Document;

/// <summary>SVG &lt;text&gt; elements (Razor reserves the &lt;text&gt; tag), HTML-encoded.</summary>
public static class SvgText
{
    public static MarkupString Line(string cssClass, double x, double y, string content, string? anchor = null) =>
        new($"<text class=\"{cssClass}\" x=\"{BarLayout.Format(x)}\" y=\"{BarLayout.Format(y)}\"{(anchor is null ? "" : $" text-anchor=\"{anchor}\"")}>{HtmlEncoder.Default.Encode(content)}</text>");

    /// <summary>A centred text with inline presentation (for SVG shown outside the publication's stylesheet).</summary>
    public static MarkupString Styled(double x, double y, string content, string style) =>
        new($"<text x=\"{BarLayout.Format(x)}\" y=\"{BarLayout.Format(y)}\" text-anchor=\"middle\" style=\"{HtmlEncoder.Default.Encode(style)}\">{HtmlEncoder.Default.Encode(content)}</text>");

    /// <summary>One text element with a tspan per line, so the lines read as one label.</summary>
    public static MarkupString Lines(string cssClass, double x, IReadOnlyList<(string Text, double Y)> lines)
    {
        var builder = new StringBuilder($"<text class=\"{cssClass}\">");
        foreach (var (text, y) in lines)
        {
            builder.Append($"<tspan x=\"{BarLayout.Format(x)}\" y=\"{BarLayout.Format(y)}\">{HtmlEncoder.Default.Encode(text)}</tspan>");
        }

        return new MarkupString(builder.Append("</text>").ToString());
    }
}
