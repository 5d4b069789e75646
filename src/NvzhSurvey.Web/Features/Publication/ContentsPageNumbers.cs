using NvzhSurvey.Web.Features.Publication.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Chromium does not support CSS <c>target-counter()</c>, so the table of contents gets its page numbers from a
/// first print: the PDF outline (made from the h1/h2 headings) tells on which page each heading landed.
/// </summary>
public static class ContentsPageNumbers
{
    public static IReadOnlyDictionary<string, int> Read(byte[] pdf, IReadOnlyList<ContentsEntry> entries)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new Dictionary<string, int>();
        if (!document.TryGetBookmarks(out var bookmarks))
        {
            return pages;
        }

        var nodes = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        foreach (var entry in entries)
        {
            var node = nodes.FirstOrDefault(n => Normalise(n.Title) == Normalise(entry.Heading));
            if (node is not null)
            {
                pages[entry.Anchor] = node.PageNumber;
            }
        }

        return pages;
    }

    private static string Normalise(string text)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        // Chromium writes a heading at the very top of a page twice into its outline title ("Tot slotTot slot").
        var half = normalised.Length / 2;
        return normalised.Length % 2 == 0 && half > 0 && string.CompareOrdinal(normalised, 0, normalised, half, half) == 0
            ? normalised[..half]
            : normalised;
    }
}
