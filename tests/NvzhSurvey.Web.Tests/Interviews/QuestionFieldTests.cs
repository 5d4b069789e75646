using Bunit;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Web.Features.Interviews;

namespace NvzhSurvey.Web.Tests.Interviews;

public class QuestionFieldTests : ComponentTest
{
    private readonly List<QuestionFormModel> _changes = [];

    private static QuestionFormModel Question(QuestionKind kind, string key = "q", decimal? min = null, decimal? max = null,
        params OptionFormModel[] options) => new()
    {
        Id = 1,
        Key = key,
        Kind = kind,
        Label = "Vraag " + key,
        IsRequired = true,
        MinValue = min,
        MaxValue = max,
        Options = [.. options],
    };

    private static OptionFormModel Option(int id, string label, string? detailsTitle = null) =>
        new() { Id = id, Key = "o" + id, Label = label, DetailsTitle = detailsTitle };

    private IRenderedComponent<QuestionField> Render(QuestionFormModel question, IReadOnlyList<LocationChoice>? locations = null) =>
        Context.Render<QuestionField>(p => p
            .Add(c => c.Question, question)
            .Add(c => c.EditionYear, 2025)
            .Add(c => c.Locations, locations ?? [])
            .Add(c => c.OnChanged, q => _changes.Add(q)));

    [Theory]
    [InlineData(QuestionKind.Decimal, "9,625", "Gebruik maximaal twee decimalen.")]
    [InlineData(QuestionKind.Decimal, "-1", "Moet 0 of meer zijn.")]
    [InlineData(QuestionKind.Money, "938.528,50", "Vul een bedrag in hele euro's in.")]
    [InlineData(QuestionKind.Money, "veel", "Vul een bedrag in, bijvoorbeeld 938.528.")]
    [InlineData(QuestionKind.FoundedYearBuckets, "1949", "Vul een jaartal in tussen 1950 en 2025.")]
    [InlineData(QuestionKind.FoundedYearBuckets, "2026", "Vul een jaartal in tussen 1950 en 2025.")]
    public void A_wrong_number_shows_a_Dutch_message_next_to_the_field(QuestionKind kind, string typed, string message)
    {
        var question = Question(kind, "getal", min: 0);
        var field = Render(question);

        field.Find("input").Input(typed);

        field.Find(".mud-input-helper-text.mud-input-error").TextContent.Should().Contain(message);
        question.Error.Should().Be(message);
        _changes.Should().ContainSingle().Which.Error.Should().Be(message);
    }

    [Theory]
    [InlineData(QuestionKind.Decimal, "9,62")]
    [InlineData(QuestionKind.Money, "938.528")]
    [InlineData(QuestionKind.FoundedYearBuckets, "2010")]
    [InlineData(QuestionKind.IntegerBuckets, "7")]
    public void A_valid_Dutch_number_is_accepted(QuestionKind kind, string typed)
    {
        var question = Question(kind, "getal", min: kind == QuestionKind.IntegerBuckets ? 1 : 0, max: kind == QuestionKind.IntegerBuckets ? 10 : null);
        var field = Render(question);

        field.Find("input").Input(typed);

        field.FindAll(".mud-input-error").Should().BeEmpty();
        question.Value.Should().Be(typed);
        question.Error.Should().BeNull();
        _changes.Should().ContainSingle();
    }

    [Fact]
    public void An_activity_count_above_the_maximum_is_refused()
    {
        var question = Question(QuestionKind.IntegerBuckets, "activity_count", min: 0, max: 1000);
        var field = Render(question);

        field.Find("input").Input("1001");

        question.Error.Should().Be("Vul een waarde in tussen 0 en 1.000.");
        field.FindAll("[data-testid=warning]").Should().BeEmpty();
    }

    [Fact]
    public void An_activity_count_outside_every_bucket_is_accepted_with_a_warning_next_to_the_field()
    {
        var question = Question(QuestionKind.IntegerBuckets, "activity_count", min: 0, max: 1000,
            new OptionFormModel { Id = 1, Key = "1-4", Label = "1 tot 4", MinValue = 1, MaxValue = 4 },
            new OptionFormModel { Id = 2, Key = "8-10", Label = "8 tot 10", MinValue = 5, MaxValue = 10 });
        var field = Render(question);

        field.Find("input").Input("0");

        question.Error.Should().BeNull();
        field.Find("[data-testid=warning]").TextContent.Should()
            .Contain("0 valt buiten de indeling (1 tot en met 10)").And.Contain("opgeslagen en bij de datacontroles gemeld");
        _changes.Should().ContainSingle("the value is saved anyway");

        field.Find("input").Input("7");

        question.Warning.Should().BeNull();
        field.FindAll("[data-testid=warning]").Should().BeEmpty();
    }

    [Fact]
    public void A_single_choice_question_has_radio_buttons_and_keeps_one_answer()
    {
        var question = Question(QuestionKind.SingleChoice, "legal_form", null, null, Option(1, "Zelfstandig"), Option(2, "Onderdeel van"));
        var field = Render(question);

        field.FindAll("input[type=radio]").Should().HaveCount(2);
        field.FindAll("input[type=radio]")[0].Click();
        field.FindAll("input[type=radio]")[1].Click();

        question.SelectedOptionIds.Should().Equal(2);
        field.Find("h3").TextContent.Should().Contain("Vraag legal_form").And.Contain("*");
    }

    [Fact]
    public void A_multiple_choice_question_has_checkboxes_and_a_detail_text_for_a_selected_area()
    {
        var question = Question(QuestionKind.MultipleChoice, "plans", null, null, Option(1, "Groei", "Groei"), Option(2, "Bestendigen"));
        question.TextLists.Add(new TextListFormModel { Key = "also_mentioned", Title = "Verder nog genoemd" });
        var field = Render(question);

        field.FindAll("input[type=checkbox]").Should().HaveCount(3, "two options and 'Geen van deze'");
        field.FindAll("textarea").Should().ContainSingle("only the 'also mentioned' list before an area is chosen");
        field.FindAll("input[type=checkbox]")[0].Change(true);
        field.FindAll("input[type=checkbox]")[1].Change(true);
        field.FindAll("textarea").Should().HaveCount(2);
        field.FindAll("textarea")[0].Input("Tweede locatie openen\nMeer vrijwilligers");
        field.FindAll("input[type=checkbox]")[1].Change(false);

        question.SelectedOptionIds.Should().Equal(1);
        question.ToAnswer().DetailTexts[1].Should().Equal("Tweede locatie openen", "Meer vrijwilligers");
        field.Markup.Should().Contain("Verder nog genoemd");
    }

    [Fact]
    public void None_of_these_answers_a_multiple_choice_question_and_clears_its_options_and_an_option_clears_it()
    {
        var question = Question(QuestionKind.MultipleChoice, "partners", null, null, Option(1, "Gemeente"), Option(2, "Zorgkantoor"));
        var field = Render(question);
        field.FindAll("input[type=checkbox]")[0].Change(true);
        question.IsAnswered(countedLocations: 1).Should().BeTrue();

        field.Find("[data-testid=none-of-these] input[type=checkbox]").Change(true);

        field.Find("[data-testid=none-of-these]").TextContent.Should().Contain("Geen van deze");
        question.SelectedOptionIds.Should().BeEmpty();
        question.NoneOfThese.Should().BeTrue();
        question.IsAnswered(countedLocations: 1).Should().BeTrue();
        question.ToAnswer().NoneOfThese.Should().BeTrue();
        field.FindAll("input[type=checkbox]")[0].HasAttribute("checked").Should().BeFalse();

        field.FindAll("input[type=checkbox]")[1].Change(true);

        question.NoneOfThese.Should().BeFalse();
        question.SelectedOptionIds.Should().Equal(2);
        _changes.Should().HaveCount(3);

        field.FindAll("input[type=checkbox]")[1].Change(false);
        question.IsAnswered(countedLocations: 1).Should().BeFalse("no option and not 'Geen van deze' is unanswered");
    }

    [Fact]
    public void The_location_question_lists_the_locations_to_count()
    {
        var locations = new List<LocationChoice>
        {
            new() { LocationId = 1, Name = "Huiskamer", City = "Lindehoven", ProvinceName = "Utrecht", IsActive = true, Counted = true },
            new() { LocationId = 2, Name = "Inloop", City = "Zuiderwold", IsActive = true, Counted = true },
        };
        var field = Render(Question(QuestionKind.LocationCount, "locations"), locations);

        field.Find("[data-testid=counted-locations]").TextContent.Should().Contain("2 locaties meegeteld.");
        field.Markup.Should().Contain("Huiskamer (Lindehoven, Utrecht)");
        field.FindAll("input[type=checkbox]")[1].Change(false);

        locations[1].Counted.Should().BeFalse();
        field.Find("[data-testid=counted-locations]").TextContent.Should().Contain("1 locatie meegeteld.");
    }

    [Fact]
    public void A_read_only_form_does_not_let_answers_change()
    {
        var field = Context.Render<QuestionField>(p => p
            .Add(c => c.Question, Question(QuestionKind.Decimal, "fte"))
            .Add(c => c.EditionYear, 2025)
            .Add(c => c.ReadOnly, true));

        field.Find("input").HasAttribute("readonly").Should().BeTrue();
    }
}
