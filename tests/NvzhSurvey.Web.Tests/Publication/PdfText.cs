using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>Text of a PDF as PdfPig extracts it, per page in content order (Chromium paints in document order).</summary>
public static partial class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList();
    }

    /// <summary>Without any whitespace: line breaks inside a wrapped label or list item do not matter.</summary>
    public static string Compact(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
