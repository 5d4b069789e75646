using Bunit;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Web.Features.Interviews;

namespace NvzhSurvey.Web.Tests.Interviews;

/// <summary>The section index and the progress it shows, from the form model alone.</summary>
public class SectionIndexTests : ComponentTest
{
    internal static InterviewFormModel Form()
    {
        QuestionFormModel Number(int id, string key, string? value) =>
            new() { Id = id, Key = key, Kind = QuestionKind.Integer, Label = key, Wording = $"Hoeveel {key} heeft uw organisatie?", Value = value };
        return new InterviewFormModel
        {
            EditionYear = 2025, AcceptsAnswers = true,
            Sections =
            [
                new SectionFormModel { Id = 1, Key = "people", Title = "Mensen en activiteiten", Questions = [Number(1, "a", "1"), Number(2, "b", null), Number(3, "c", "3")] },
                new SectionFormModel { Id = 2, Key = "money", Title = "Financiering", Questions = [Number(4, "d", "4")] },
                new SectionFormModel { Id = 3, Key = "future", Title = "Toekomst", AwaitingConfirmation = true, Questions = [Number(5, "e", "5")] },
            ],
        };
    }

    [Fact]
    public void Each_section_shows_how_many_questions_are_answered_a_check_when_complete_and_what_awaits_confirmation()
    {
        var progress = InterviewProgress.Of(Form());

        var index = Context.Render<SectionIndex>(p => p.Add(c => c.Progress, progress));

        index.Find("[data-testid=index-people]").TextContent.Should().Contain("Mensen en activiteiten").And.Contain("2 van 3 beantwoord");
        index.Find("[data-testid=index-people]").GetAttribute("data-complete").Should().Be("false");
        index.Find("[data-testid=index-money]").TextContent.Should().Contain("Compleet");
        index.Find("[data-testid=index-money]").GetAttribute("data-complete").Should().Be("true");
        index.Find("[data-testid=index-future]").TextContent.Should().Contain("1 van 1 beantwoord").And.Contain("nog te bevestigen");
        index.Find("[data-testid=overall-progress]").TextContent.Should().Contain("4 van 5 vragen beantwoord");
        index.Find("[role=progressbar]").GetAttribute("aria-valuenow").Should().Be("80");
    }

    [Fact]
    public void Volgende_onbeantwoorde_vraag_asks_the_form_to_jump_and_is_gone_when_all_is_answered()
    {
        var form = Form();
        var asked = 0;
        var index = Context.Render<SectionIndex>(p => p.Add(c => c.Progress, InterviewProgress.Of(form)).Add(c => c.OnNextUnanswered, () => asked++));

        index.Find("[data-testid=next-unanswered]").Click();
        asked.Should().Be(1);
        InterviewProgress.NextUnanswered(form)!.Key.Should().Be("b");

        form.Question(2).Value = "2";
        form.Sections[2].AwaitingConfirmation = false;
        index.Render(p => p.Add(c => c.Progress, InterviewProgress.Of(form)));
        index.FindAll("[data-testid=next-unanswered]").Should().BeEmpty();
        index.Find("[data-testid=overall-progress]").GetAttribute("data-complete").Should().Be("true");
        InterviewProgress.NextUnanswered(form).Should().BeNull();
    }

    [Fact]
    public void The_next_unanswered_question_follows_the_last_one_jumped_to_and_wraps_round()
    {
        var form = Form();
        form.Question(4).Value = null;

        InterviewProgress.NextUnanswered(form, "vraag-b")!.Key.Should().Be("d");
        InterviewProgress.NextUnanswered(form, "vraag-d")!.Key.Should().Be("b");
    }

    [Fact]
    public void On_a_phone_the_list_folds_open_behind_onderdelen()
    {
        var index = Context.Render<SectionIndex>(p => p.Add(c => c.Progress, InterviewProgress.Of(Form())));
        var toggle = index.Find("button[aria-controls=section-index-list]");
        toggle.GetAttribute("aria-expanded").Should().Be("false");

        toggle.Click();

        index.Find("button[aria-controls=section-index-list]").GetAttribute("aria-expanded").Should().Be("true");
        index.Find("#section-index-list").ClassList.Should().Contain("open");
    }
}
