using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>The optional comparison with the previous edition, next to every chart and key figure.</summary>
[Collection(PublicationCollection.Name)]
public class PublicationComparisonTests(PublicationFixture publication)
{
    [Fact]
    public async Task With_the_switch_on_the_previous_editions_figures_stand_in_the_margin_of_each_chart()
    {
        using var scope = publication.Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var source = await services.GetRequiredService<PublicationSnapshots>().LoadAsync(2024, new PublicationOptions(CompareWithPrevious: true));
        // The demo data has no edition before 2024: give every figure a made-up 2023 value four points lower.
        var input = source!.Input with { Report = WithPrevious2023(source.Input.Report) };

        var html = await services.GetRequiredService<PublicationPdfExporter>().RenderHtmlAsync(input);
        var pdf = await services.GetRequiredService<ChromiumPdfPrinter>().PrintAsync(html);
        await PublicationFixture.SaveArtifactsAsync("publicatie-2024-vergelijking", pdf, html);

        var text = PdfText.Compact(string.Join(' ', PdfText.Pages(pdf)));
        text.Should().Contain(PdfText.Compact("Gemeente: 22 ZHO's (88%) 2023: 84% (+4)"));
        text.Should().Contain(PdfText.Compact("zelfstandig rechtspersoon: 20 ZHO's (80%) 2023: 76% (+4)"));
        text.Should().Contain(PdfText.Compact("2023: totaal € 23.000.000"));
        var withoutComparison = PdfText.Compact(string.Join(' ', PdfText.Pages(publication.Pdf2024)));
        withoutComparison.Should().NotContain("2023:");
    }

    [Fact]
    public async Task The_open_2025_edition_without_answers_withholds_its_figures_and_the_comparison()
    {
        var pdf = await publication.ExportAsync(2025, new PublicationOptions(CompareWithPrevious: true));
        await PublicationFixture.SaveArtifactsAsync("publicatie-2025-vergelijking", pdf.Content);

        var text = PdfText.Compact(string.Join(' ', PdfText.Pages(pdf.Content)));
        // No organisation answered yet: below the minimum, so neither counts nor changes against 2024 are printed.
        text.Should().Contain(PdfText.Compact("Te weinig antwoorden (minder dan 5)"));
        text.Should().NotContain(PdfText.Compact("2024: 88%"));
        text.Should().Contain(PdfText.Compact("Verdiepende interviews bij 0 zelfregie en herstelorganisaties met in totaal 0 locaties"));
    }

    private static EditionReport WithPrevious2023(EditionReport report)
    {
        static OptionFigure Previous(OptionFigure figure) =>
            figure with { Previous = new PreviousFigure(Math.Max(0, figure.Count - 1), Math.Max(0, figure.Percent - 4), figure.Percent - Math.Max(0, figure.Percent - 4)) };

        QuestionReport Question(QuestionReport question) => question switch
        {
            ChoiceReport choice => choice with { Options = choice.Options.Select(Previous).ToList(), PreviousAverageSelected = choice.AverageSelected is { } a ? a - 0.2m : null },
            BucketReport buckets => buckets with { Buckets = buckets.Buckets.Select(Previous).ToList() },
            LocationsReport locations => locations with { PreviousTotalLocations = locations.TotalLocations - 6 },
            QuantityReport quantity => quantity with { Previous = new PreviousQuantity(quantity.Key == "revenue" ? 23_000_000m : 230m, quantity.AveragePerOrganisation, quantity.AveragePerLocation) },
            _ => question,
        };

        return report with
        {
            PreviousYear = 2023,
            Chapters = report.Chapters.Select(c => c with { Questions = c.Questions.Select(Question).ToList() }).ToList(),
        };
    }
}
