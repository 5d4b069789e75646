using System.Text.Json;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Tests.Shared;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>The 2024 demo publication as PDF: every figure of the 2024 publication in its Dutch wording, A4, outline, tags.</summary>
[Collection(PublicationCollection.Name)]
public class PublicationPdfTests(PublicationFixture publication)
{
    private IReadOnlyList<string> Pages => _pages ??= PdfText.Pages(publication.Pdf2024);
    private IReadOnlyList<string>? _pages;

    private string AllText => PdfText.Compact(string.Join(' ', Pages));

    [Fact]
    public void Every_figure_of_figures_json_is_printed_in_the_publications_wording()
    {
        using var figures = TestData.Figures2024();
        var expected = ExpectedTexts(figures.RootElement).ToList();

        var missing = expected.Where(text => !AllText.Contains(PdfText.Compact(text), StringComparison.Ordinal)).ToList();

        missing.Should().BeEmpty();
        expected.Should().HaveCountGreaterThan(200, "every option, total, average, list item and participation figure is checked");
        AllText.Should().Contain(PdfText.Compact("Gemeente: 22 ZHO's (88%)")).And.Contain(PdfText.Compact("Gemiddeld fte per locatie (118): 2,04"));
    }

    [Fact]
    public void Every_chart_and_its_legend_are_on_one_page()
    {
        using var figures = TestData.Figures2024();
        foreach (var question in Questions(figures.RootElement).Where(q => q.TryGetProperty("options", out _)))
        {
            var title = PdfText.Compact(question.GetProperty("title").GetString()!);
            var lines = question.GetProperty("options").EnumerateArray().Select(o => PdfText.Compact(OptionLine(o))).ToList();

            Pages.Select(PdfText.Compact).Should().Contain(page => page.Contains(title) && lines.All(page.Contains),
                $"the chart '{question.GetProperty("title").GetString()}' is not split across pages");
        }
    }

    [Fact]
    public void The_pdf_is_A4_with_page_numbers_and_running_chapter_titles()
    {
        using var document = PdfDocument.Open(publication.Pdf2024);
        var pages = document.GetPages().ToList();

        pages.Should().HaveCountGreaterThanOrEqualTo(12).And.HaveCountLessThanOrEqualTo(24);
        pages.Should().OnlyContain(p => Math.Abs(p.Width - 595) < 1 && Math.Abs(p.Height - 842) < 1, "A4 is 595 × 842 pt");
        Pages[^1].Should().Contain($"Pagina {pages.Count} van {pages.Count}");
        Pages[0].Should().NotContain("Pagina", "the cover has no page number");
        var chapterTwo = OutlinePage("2 | Financiering en organisatie");
        var chapterThree = OutlinePage("3 | Kwaliteit en toekomst");
        for (var page = chapterTwo; page < chapterThree; page++)
        {
            Pages[page - 1].Should().Contain("2 | Financiering en organisatie", $"page {page} runs the chapter title");
        }
    }

    [Fact]
    public void The_outline_has_the_three_chapters_and_the_contents_show_their_pages()
    {
        var contents = PdfText.Compact(Pages[1]);

        foreach (var chapter in new[] { "1 | Mensen en activiteiten", "2 | Financiering en organisatie", "3 | Kwaliteit en toekomst" })
        {
            var page = OutlinePage(chapter);
            page.Should().BeGreaterThan(2);
            Pages[page - 1].Should().Contain(chapter);
            contents.Should().Contain(PdfText.Compact(chapter) + page, "the table of contents gives the chapter's page");
        }
    }

    [Fact]
    public void The_pdf_is_tagged_with_title_and_Dutch_language()
    {
        using var document = PdfDocument.Open(publication.Pdf2024);
        var catalog = document.Structure.Catalog.CatalogDictionary;

        catalog.ContainsKey(NameToken.StructTreeRoot).Should().BeTrue("a tagged PDF has a structure tree");
        var markInfo = catalog.Data[NameToken.MarkInfo];
        (markInfo is DictionaryToken or IndirectReferenceToken).Should().BeTrue("MarkInfo /Marked true marks a tagged PDF");
        catalog.TryGet<StringToken>(NameToken.Create("Lang"), document.Structure.TokenScanner, out var language).Should().BeTrue();
        language!.Data.Should().Be("nl");
        document.Information.Title.Should().Be("Verdiepende interviews bij 25 zelfregie en herstelorganisaties met in totaal 118 locaties · NVZH 2024");
    }

    [Fact]
    public void Charts_carry_alternative_text_with_their_numbers()
    {
        var html = System.Net.WebUtility.HtmlDecode(publication.Html2024);

        html.Should().Contain("<html lang=\"nl\"");
        html.Should().Contain("role=\"img\" aria-label=\"Staafdiagram ‘Financieringsbronnen’ van 25 ZHO's: Gemeente: 22 ZHO's (88%); Fondsen: 15 ZHO's (60%)");
        html.Should().Contain("role=\"img\" aria-label=\"Ringdiagram ‘Rechtspersoon organisaties’ van 25 ZHO's: zelfstandig rechtspersoon: 20 ZHO's (80%); onderdeel van rechtspersoon: 5 ZHO's (20%).\"");
        // Chromium turns the aria-label into the /Alt text of the figure in the structure tree.
        System.Text.Encoding.Latin1.GetString(publication.Pdf2024).Should().Contain("/Alt");
    }

    private int OutlinePage(string title)
    {
        using var document = PdfDocument.Open(publication.Pdf2024);
        document.TryGetBookmarks(out var bookmarks).Should().BeTrue("Chromium writes an outline from the headings");
        return bookmarks!.GetNodes().OfType<DocumentBookmarkNode>().Single(n => n.Title.Trim() == title).PageNumber;
    }

    private static IEnumerable<JsonElement> Questions(JsonElement figures) =>
        figures.GetProperty("chapters").EnumerateArray().SelectMany(c => c.GetProperty("questions").EnumerateArray());

    /// <summary>"Gemeente: 22 ZHO's (88%)", with the correct percentage where the 2024 print had a wrong one.</summary>
    private static string OptionLine(JsonElement option) =>
        $"{option.GetProperty("label").GetString()}: {DutchFormat.Organisations(option.GetProperty("count").GetInt32())} ({option.GetProperty("percent").GetInt32()}%)";

    private static IEnumerable<string> ExpectedTexts(JsonElement figures)
    {
        var participation = figures.GetProperty("participation");
        int P(string name) => participation.GetProperty(name).GetInt32();
        yield return $"{P("participating")} ({P("participating_percent")}%) van de {P("members_total")}";
        yield return $"{P("locations_participating")} ({P("locations_percent")}%) van de {P("locations_all_members")}";

        foreach (var chapter in figures.GetProperty("chapters").EnumerateArray())
        {
            yield return chapter.GetProperty("title").GetString()!;
        }

        foreach (var question in Questions(figures))
        {
            yield return question.GetProperty("title").GetString()!;
            if (question.TryGetProperty("options", out var options))
            {
                foreach (var option in options.EnumerateArray())
                {
                    yield return OptionLine(option);
                }
            }

            foreach (var line in Strings(question, "published_text"))
            {
                yield return line.EndsWith(",-", StringComparison.Ordinal) ? line[..^2] : line;
            }

            if (question.TryGetProperty("average_selected_per_organisation", out var average))
            {
                yield return "Gemiddeld aantal genoemd per ZHO: " + DutchFormat.Decimal(average.GetDecimal(), 1);
            }

            if (question.TryGetProperty("distribution", out var distribution))
            {
                foreach (var row in distribution.EnumerateArray())
                {
                    var locations = row.GetProperty("locations").GetInt32();
                    yield return $"{DutchFormat.Organisations(row.GetProperty("organisations").GetInt32())} {locations} {(locations == 1 ? "locatie" : "locaties")}";
                }

                yield return $"25 ZHO's {question.GetProperty("total_locations").GetInt32()} locaties";
            }

            if (question.TryGetProperty("also_mentioned_title", out var listTitle))
            {
                yield return listTitle.GetString()!;
            }

            foreach (var name in new[] { "also_mentioned", "external_trainers", "creative_mentioned" })
            {
                foreach (var text in Strings(question, name))
                {
                    yield return text;
                }
            }

            if (question.TryGetProperty("details_per_option", out var details))
            {
                foreach (var text in details.EnumerateObject().SelectMany(o => o.Value.EnumerateArray()))
                {
                    yield return text.GetString()!;
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!) : [];
}
