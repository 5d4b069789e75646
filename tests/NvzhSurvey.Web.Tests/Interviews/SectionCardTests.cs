using Bunit;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Web.Features.Interviews;

namespace NvzhSurvey.Web.Tests.Interviews;

public class SectionCardTests : ComponentTest
{
    private static SectionFormModel Section(bool awaiting) => new()
    {
        Id = 7,
        Key = "funding_organisation",
        Title = "Financiering en organisatie",
        AwaitingConfirmation = awaiting,
        Questions = [new QuestionFormModel { Id = 1, Key = "fte", Kind = QuestionKind.Decimal, Label = "FTE", Value = "9,62" }],
    };

    [Fact]
    public void A_section_taken_over_from_last_year_is_marked_until_confirmed()
    {
        SectionFormModel? confirmed = null;
        var section = Section(awaiting: true);
        var card = Context.Render<SectionCard>(p => p
            .Add(c => c.Section, section)
            .Add(c => c.EditionYear, 2025)
            .Add(c => c.OnConfirm, s => confirmed = s));

        card.Find("[data-testid=awaiting-confirmation]").TextContent.Should().Contain("Overgenomen, nog te bevestigen");
        card.Find("h2").TextContent.Should().Be("Financiering en organisatie");
        card.Find("button[aria-label='Antwoorden van Financiering en organisatie bevestigen']").Click();

        confirmed.Should().BeSameAs(section);
    }

    [Fact]
    public void A_confirmed_or_new_section_has_no_marker()
    {
        var card = Context.Render<SectionCard>(p => p.Add(c => c.Section, Section(awaiting: false)).Add(c => c.EditionYear, 2025));

        card.FindAll("[data-testid=awaiting-confirmation]").Should().BeEmpty();
        card.FindAll("button").Should().BeEmpty();
        card.Find("input").GetAttribute("value").Should().Be("9,62");
    }

    [Fact]
    public void A_closed_edition_shows_the_marker_without_a_confirm_button()
    {
        var card = Context.Render<SectionCard>(p => p.Add(c => c.Section, Section(awaiting: true)).Add(c => c.EditionYear, 2025).Add(c => c.ReadOnly, true));

        card.FindAll("[data-testid=awaiting-confirmation]").Should().ContainSingle();
        card.FindAll("button").Should().BeEmpty();
    }
}
