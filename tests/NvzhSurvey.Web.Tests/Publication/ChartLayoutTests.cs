using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Web.Features.Publication;
using NvzhSurvey.Web.Features.Publication.Document;

namespace NvzhSurvey.Web.Tests.Publication;

public class ChartLayoutTests
{
    [Fact]
    public void Bar_labels_are_wrapped_within_the_label_column()
    {
        const string label = "Deskundigheidsbevordering (interne scholing; thema-bijeenkomsten; gast-trainers; etc.)";

        var lines = BarLayout.Wrap(label + ":", BarLayout.MaxLabelCharacters);

        lines.Should().HaveCountGreaterThan(1).And.OnlyContain(l => l.Length <= BarLayout.MaxLabelCharacters);
        string.Join(' ', lines).Should().Be(label + ":");
    }

    [Fact]
    public void A_bar_and_its_figure_sit_on_the_last_line_of_a_wrapped_label()
    {
        var layout = new BarLayout([new OptionFigure("a", "Ervaringsdeskundigen van ons werken op locaties van andere organisaties", 12, 48)]);
        var row = layout.Rows.Single();

        row.Lines.Should().HaveCount(2);
        row.ValueBaseline.Should().Be(row.TextBaseline(1));
        row.BarWidth.Should().Be(BarLayout.BarMaxWidth * 0.48);
        layout.Height.Should().Be(row.Height);
    }

    [Fact]
    public void Donut_segments_follow_the_counts_and_close_the_circle()
    {
        var segments = DonutGeometry.Segments([new OptionFigure("a", "A", 22, 88), new OptionFigure("b", "B", 2, 8), new OptionFigure("c", "C", 1, 4)]);

        segments.Select(s => s.DashOffset).Should().Equal("25", "-63", "-71");
        segments.Select(s => s.Colour).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Figures_use_the_publications_wording()
    {
        FigureWording.Line(new OptionFigure("municipality", "Gemeente", 22, 88)).Should().Be("Gemeente: 22 ZHO's (88%)");
        FigureWording.Line(new OptionFigure("province", "Provincie", 1, 4)).Should().Be("Provincie: 1 ZHO (4%)");
        FigureWording.Previous(2023, new PreviousFigure(20, 80, 8)).Should().Be("2023: 80% (+8)");
    }

    [Fact]
    public void The_pdf_dates_are_replaced_in_place()
    {
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<</Title (x)\n/CreationDate (D:20261122155151+00'00')\n/ModDate (D:20261122155151+00'00')>>\nendobj\n");

        var dated = PdfDates.SetCreationAndModificationDate(pdf, new DateTimeOffset(2025, 3, 1, 9, 30, 5, TimeSpan.Zero));

        dated.Should().HaveCount(pdf.Length);
        System.Text.Encoding.ASCII.GetString(dated).Should()
            .Contain("/CreationDate (D:20250301093005+00'00')").And.Contain("/ModDate (D:20250301093005+00'00')");
    }
}
