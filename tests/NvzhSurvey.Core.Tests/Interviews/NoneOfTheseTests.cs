using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Interviews;

/// <summary>
/// "Geen van deze": an organisation that does none of a multiple-choice question's options has answered it,
/// unlike one whose answer was never entered.
/// </summary>
public class NoneOfTheseTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private InterviewTestData Data { get; } = new(fixture.Database.CreateFactory(new InterviewTestData.Staff()), new InterviewTestData.Staff());

    private async Task<(InterviewFormModel Form, int OrganisationId)> NewInterviewAsync()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        return ((await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!, organisation.Id);
    }

    [Fact]
    public async Task None_of_these_is_stored_loaded_and_audited_and_an_option_chosen_later_replaces_it()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var partners = form.Questions.First(q => q.Kind == QuestionKind.MultipleChoice);

        var none = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null)
        {
            Answers = [QuestionAnswer.Options(partners.Id) with { NoneOfThese = true }],
        });

        none.Outcome.Should().Be(SaveOutcome.Saved);
        none.Errors.Should().BeEmpty();
        var loaded = (await Data.Loader.LoadAsync(new EditionYear(2025), organisationId))!.Question(partners.Id);
        loaded.NoneOfThese.Should().BeTrue();
        loaded.SelectedOptionIds.Should().BeEmpty();
        loaded.IsAnswered(countedLocations: 1).Should().BeTrue();
        (await ExecuteDbContextAsync(db => db.AuditEntries.AnyAsync(a => a.ResponseId == none.ResponseId && a.Field == partners.Key
            && a.NewValue == AnswerRules.NoneOfTheseLabel))).Should().BeTrue();

        var option = partners.Options[0].Id;
        var chosen = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(none.Version)
        {
            Answers = [QuestionAnswer.Options(partners.Id, option)],
        });

        chosen.Outcome.Should().Be(SaveOutcome.Saved);
        var rows = await ExecuteDbContextAsync(db => db.Answers.Where(a => a.ResponseId == none.ResponseId && a.QuestionId == partners.Id).ToListAsync());
        rows.Should().ContainSingle().Which.OptionId.Should().Be(option);
        (await Data.Loader.LoadAsync(new EditionYear(2025), organisationId))!.Question(partners.Id).NoneOfThese.Should().BeFalse();
    }

    [Fact]
    public async Task None_of_these_together_with_an_option_is_refused_and_nothing_of_that_question_changes()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var partners = form.Questions.First(q => q.Kind == QuestionKind.MultipleChoice);
        var first = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null)
        {
            Answers = [QuestionAnswer.Options(partners.Id, partners.Options[1].Id)],
        });

        var both = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(first.Version)
        {
            Answers = [QuestionAnswer.Options(partners.Id, partners.Options[0].Id) with { NoneOfThese = true }],
        });

        both.Errors.Should().ContainKey(partners.Id).WhoseValue.Should().Be("Kies een of meer antwoorden of 'Geen van deze', niet allebei.");
        (await ExecuteDbContextAsync(db => db.Answers.Where(a => a.ResponseId == first.ResponseId && a.QuestionId == partners.Id)
            .Select(a => a.OptionId).ToListAsync())).Should().Equal(partners.Options[1].Id);
    }

    [Fact]
    public async Task A_response_with_none_of_these_instead_of_an_option_can_be_completed()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var multiple = form.Questions.Where(q => q.Kind == QuestionKind.MultipleChoice).Select(q => q.Id).ToHashSet();
        var answers = InterviewTestData.FullAnswers(form)
            .Select(a => multiple.Contains(a.QuestionId) ? QuestionAnswer.Options(a.QuestionId) with { NoneOfThese = true } : a)
            .ToList();
        var unanswered = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null)
        {
            Answers = answers.Select(a => multiple.Contains(a.QuestionId) ? QuestionAnswer.Options(a.QuestionId) : a).ToList(),
        });
        (await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisationId, unanswered.Version)).Missing.Should().HaveCount(multiple.Count);

        var saved = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(unanswered.Version) { Answers = answers });
        var completed = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisationId, saved.Version);

        completed.Missing.Should().BeEmpty();
        completed.Status.Should().Be(ResponseStatus.Completed);
    }

    [Fact]
    public async Task Every_completed_demo_response_of_2024_is_complete_by_the_forms_rules()
    {
        await SeedDemoDataAsync();
        var organisations = await ExecuteDbContextAsync(db => db.Responses
            .Where(r => r.Edition!.Year == 2024 && r.Status == ResponseStatus.Completed).Select(r => r.OrganisationId).ToListAsync());

        organisations.Should().HaveCount(25);
        foreach (var organisationId in organisations)
        {
            var form = (await Data.Loader.LoadAsync(new EditionYear(2024), organisationId))!;
            Completeness.Missing(form).Should().BeEmpty("organisation {0} is completed in the demo data", organisationId);
        }

        // Some organisations did choose none of a question's options: the demo data says so explicitly.
        (await ExecuteDbContextAsync(db => db.Answers.CountAsync(a => db.Responses.Any(r => r.Id == a.ResponseId && r.Edition!.Year == 2024)
            && a.OptionId == null && a.NumberValue == null && a.TextValue == null))).Should().BeGreaterThan(0);
    }
}
