using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Interviews;

public class InterviewCompletionTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private InterviewTestData Data { get; } = new(fixture.Database.CreateFactory(new InterviewTestData.Staff()), new InterviewTestData.Staff());

    [Fact]
    public async Task Completing_lists_what_is_missing_and_succeeds_once_everything_is_answered()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var answers = InterviewTestData.FullAnswers(form);
        var partial = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(null) { Answers = answers.Skip(2).ToList() });

        var refused = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisation.Id, partial.Version);

        refused.Outcome.Should().Be(SaveOutcome.Refused);
        refused.Missing.Select(m => m.Text).Should().Equal(form.Questions.Take(2).Select(q => q.Asked));
        refused.Missing[0].Anchor.Should().Be("vraag-target_group");

        var full = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(partial.Version) { Answers = answers });
        var completed = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisation.Id, full.Version);

        completed.Outcome.Should().Be(SaveOutcome.Saved);
        completed.Status.Should().Be(ResponseStatus.Completed);
        var stored = await ExecuteDbContextAsync(db => db.Responses.SingleAsync(r => r.OrganisationId == organisation.Id));
        stored.CompletedAt.Should().NotBeNull();
        (await ExecuteDbContextAsync(db => db.AuditEntries.AnyAsync(a => a.ResponseId == stored.Id && a.Field == "Status" && a.NewValue == "Completed")))
            .Should().BeTrue();
    }

    [Fact]
    public async Task Completing_requires_at_least_one_counted_location()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var saved = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id,
            new InterviewChanges(null) { Answers = InterviewTestData.FullAnswers(form), CountedLocationIds = [] });

        var refused = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisation.Id, saved.Version);

        refused.Missing.Should().ContainSingle().Which.Anchor.Should().Be("vraag-locations");
    }

    [Fact]
    public async Task A_member_submits_and_staff_can_reopen()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var saved = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(null) { Answers = InterviewTestData.FullAnswers(form) });

        var submitted = await Data.Status.SubmitAsync(Actor.System(), new EditionYear(2025), organisation.Id, saved.Version);
        var reopened = await Data.Status.ReopenAsync(Actor.System(), form.EditionId, organisation.Id, submitted.Version);

        submitted.Status.Should().Be(ResponseStatus.SubmittedByMember);
        reopened.Status.Should().Be(ResponseStatus.Draft);
    }

    [Fact]
    public async Task Completing_with_a_stale_version_is_a_conflict()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var first = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(null) { Answers = InterviewTestData.FullAnswers(form) });
        await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(first.Version) { Details = new InterviewDetails(null, "Anna", null) });

        var result = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisation.Id, first.Version);

        result.Outcome.Should().Be(SaveOutcome.Conflict);
    }
}
