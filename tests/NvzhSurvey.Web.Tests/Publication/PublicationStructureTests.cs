using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Tests.Shared;
using Xunit.Abstractions;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>
/// The 2024 PDF read as a screen reader reads it, from its structure tree: headings in order (H1 chapters, H2
/// questions), every chart a Figure whose alternative text states its numbers, tables with header cells.
/// </summary>
[Collection(PublicationCollection.Name)]
public class PublicationStructureTests(PublicationFixture publication, ITestOutputHelper output)
{
    private StructureElement Tree => _tree ??= PdfStructure.Read(publication.Pdf2024);
    private StructureElement? _tree;

    private List<StructureElement> Elements => Tree.DescendantsAndSelf().ToList();

    [Fact]
    public void Chapters_are_H1_and_their_questions_H2_in_order_with_no_level_skipped()
    {
        var headings = Elements.Where(e => e.Type is "H1" or "H2" or "H3" or "H4" or "H5" or "H6").Select(e => e.Type).ToList();
        output.WriteLine(string.Join(" ", headings));

        headings.Count(h => h == "H1").Should().BeGreaterThanOrEqualTo(5, "introduction, three chapters, closing and appendix are chapters");
        headings.Count(h => h == "H2").Should().BeGreaterThanOrEqualTo(20, "every question is a heading of its chapter");
        headings[0].Should().Be("H1");
        for (var i = 1; i < headings.Count; i++)
        {
            Level(headings[i]).Should().BeLessThanOrEqualTo(Level(headings[i - 1]) + 1, $"heading {i + 1} ({headings[i]}) follows {headings[i - 1]}");
        }
    }

    [Fact]
    public void Every_chart_is_a_figure_whose_alternative_text_states_its_numbers()
    {
        using var figures = TestData.Figures2024();
        var charts = figures.RootElement.GetProperty("chapters").EnumerateArray()
            .SelectMany(c => c.GetProperty("questions").EnumerateArray())
            .Where(q => q.TryGetProperty("options", out _))
            .ToList();
        var alts = Elements.Where(e => e.Type == "Figure").Select(e => e.Alt ?? "").ToList();
        output.WriteLine(string.Join("\n", alts));

        foreach (var chart in charts)
        {
            var title = chart.GetProperty("title").GetString()!;
            var alt = alts.SingleOrDefault(a => a.Contains($"‘{title}’", StringComparison.Ordinal));
            alt.Should().NotBeNull($"the chart '{title}' is a Figure with alternative text");
            foreach (var option in chart.GetProperty("options").EnumerateArray())
            {
                alt.Should().Contain($"{option.GetProperty("label").GetString()}: {DutchFormat.Organisations(option.GetProperty("count").GetInt32())} ({option.GetProperty("percent").GetInt32()}%)");
            }
        }
    }

    [Fact]
    public void Tables_have_header_cells()
    {
        var tables = Elements.Where(e => e.Type == "Table").ToList();

        tables.Should().NotBeEmpty("the locations table is a table");
        tables.Should().OnlyContain(t => t.DescendantsAndSelf().Any(e => e.Type == "TH"), "every table has header cells");
    }

    private static int Level(string heading) => heading[1] - '0';
}
