using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Interviews;

namespace NvzhSurvey.Core.Tests.Interviews;

public class InterviewPrefillTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private InterviewTestData Data { get; } = new(fixture.Database.CreateFactory(new InterviewTestData.Staff()), new InterviewTestData.Staff());

    private async Task<int> DemoOrganisationAsync()
    {
        await SeedDemoDataAsync();
        return await ExecuteDbContextAsync(db => db.Responses.Where(r => r.Edition!.Year == 2024).OrderBy(r => r.Id).Select(r => r.OrganisationId).FirstAsync());
    }

    [Fact]
    public async Task Last_years_answers_are_offered_and_taken_over_by_key_awaiting_confirmation()
    {
        var organisationId = await DemoOrganisationAsync();
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        form.PrefillYear.Should().Be(2024);

        var result = await Data.Prefill.PrefillAsync(Actor.System(), form.EditionId, organisationId, null);

        result.Outcome.Should().Be(SaveOutcome.Saved);
        var last = (await Data.Loader.LoadAsync(new EditionYear(2024), organisationId))!;
        var now = (await Data.Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        now.PrefillYear.Should().BeNull();
        now.Sections.Should().OnlyContain(s => s.AwaitingConfirmation);
        foreach (var question in last.Questions)
        {
            var copy = now.Questions.Single(q => q.Key == question.Key);
            copy.Value.Should().Be(question.Value, question.Key);
            copy.Options.Where(o => copy.SelectedOptionIds.Contains(o.Id)).Select(o => o.Key)
                .Should().BeEquivalentTo(question.Options.Where(o => question.SelectedOptionIds.Contains(o.Id)).Select(o => o.Key), question.Key);
            copy.TextLists.Select(t => t.Text).Should().Equal(question.TextLists.Select(t => t.Text));
        }

        now.Locations.Where(l => l.Counted).Should().NotBeEmpty().And.OnlyContain(l => l.LocationId != null);
    }

    [Fact]
    public async Task Unconfirmed_sections_block_completion_until_confirmed()
    {
        var organisationId = await DemoOrganisationAsync();
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        var prefilled = await Data.Prefill.PrefillAsync(Actor.System(), form.EditionId, organisationId, null);

        var refused = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisationId, prefilled.Version);
        refused.Missing.Select(m => m.Text).Should().AllBe("Overgenomen antwoorden bevestigen");

        var version = prefilled.Version;
        foreach (var section in form.Sections)
        {
            version = (await Data.Status.ConfirmSectionAsync(Actor.System(), form.EditionId, organisationId, version, section.Id)).Version;
        }

        var completed = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisationId, version);
        completed.Outcome.Should().Be(SaveOutcome.Saved);
    }

    [Fact]
    public async Task Prefill_is_refused_when_the_response_already_has_answers()
    {
        var organisationId = await DemoOrganisationAsync();
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        var fte = form.Questions.Single(q => q.Key == "fte");
        var saved = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null) { Answers = [QuestionAnswer.Number(fte.Id, "2")] });
        // The first save stores the fte and the organisation's founding year and legal form (organisation facts).
        var stored = await ExecuteDbContextAsync(db => db.Answers.CountAsync(a => a.ResponseId == saved.ResponseId));
        stored.Should().Be(3);

        var result = await Data.Prefill.PrefillAsync(Actor.System(), form.EditionId, organisationId, saved.Version);

        result.Outcome.Should().Be(SaveOutcome.Refused);
        (await ExecuteDbContextAsync(db => db.Answers.CountAsync(a => a.ResponseId == saved.ResponseId))).Should().Be(stored);
    }
}
