using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Tests.Publication;

public class PublicationPlaceholdersTests
{
    private static readonly Participation Figures2024 = new(49, 25, 51, 118, 206, 57);

    [Fact]
    public void Every_placeholder_is_filled_in_from_the_figures()
    {
        var text = "{jaar}: {deelnemers} van {leden} ({deelnemers_procent}%), {locaties} van {locaties_alle_leden} locaties ({locaties_procent}%).";

        PublicationPlaceholders.Fill(text, 2024, Figures2024).Should().Be("2024: 25 van 49 (51%), 118 van 206 locaties (57%).");
    }

    [Fact]
    public void Large_numbers_use_Dutch_thousands_separators()
    {
        PublicationPlaceholders.Fill("{locaties}", 2024, Figures2024 with { LocationsParticipating = 1206 }).Should().Be("1.206");
    }

    [Fact]
    public void An_unknown_placeholder_is_left_visible_and_reported()
    {
        const string text = "Van de {leden} leden deden {deelnemer} mee.";

        PublicationPlaceholders.Fill(text, 2024, Figures2024).Should().Be("Van de 49 leden deden {deelnemer} mee.");
        PublicationPlaceholders.Unknown(text).Should().Equal("deelnemer");
    }

    [Fact]
    public void The_title_is_built_from_the_figures()
    {
        PublicationTitle.For(Figures2024).Should().Be("Verdiepende interviews bij 25 zelfregie en herstelorganisaties met in totaal 118 locaties");
    }
}
