using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Publication.Document;

/// <summary>Ids of the document's parts; the table of contents links to them and finds their page numbers.</summary>
public static class Anchors
{
    public const string Introduction = "inleiding";
    public const string Closing = "tot-slot";
    public const string Appendix = "bijlage";
    public const string Network = "netwerk";

    public static string Chapter(ChapterReport chapter) => "hoofdstuk-" + chapter.Number;

    /// <summary>"1 | Mensen en activiteiten", as in the 2024 publication.</summary>
    public static string ChapterTitle(ChapterReport chapter) => $"{chapter.Number} | {chapter.Title}";
}

/// <summary>The narrative text keys (see <see cref="DefaultEditionTexts"/>).</summary>
public static class DefaultTextKeys
{
    public const string Introduction = DefaultEditionTexts.Introduction;
    public const string Closing = DefaultEditionTexts.Closing;

    public static string Chapter(string sectionKey) => DefaultEditionTexts.ChapterKey(sectionKey);
}

/// <summary>A table-of-contents entry: the anchor, the line shown, and the heading text as it appears in the PDF outline.</summary>
public sealed record ContentsEntry(string Anchor, string Title, string Heading, bool Major);

public static class ContentsEntries
{
    public const string AppendixHeading = "Bijlage";
    public const string NetworkHeading = "Landelijk dekkend netwerk";

    public static IReadOnlyList<ContentsEntry> For(NvzhSurvey.Core.Publication.PublicationInput input)
    {
        var entries = new List<ContentsEntry> { new(Anchors.Introduction, "Inleiding", "Inleiding", false) };
        entries.AddRange(input.Report.Chapters.Select(c => new ContentsEntry(Anchors.Chapter(c), Anchors.ChapterTitle(c), Anchors.ChapterTitle(c), true)));
        if (!string.IsNullOrWhiteSpace(input.Text(DefaultTextKeys.Closing)))
        {
            entries.Add(new ContentsEntry(Anchors.Closing, "Tot slot", "Tot slot", false));
        }

        entries.Add(new ContentsEntry(Anchors.Appendix, "Bijlage: deelnemende organisaties", AppendixHeading, false));
        if (input.Report.Network is not null)
        {
            entries.Add(new ContentsEntry(Anchors.Network, NetworkHeading, NetworkHeading, false));
        }
        return entries;
    }
}
