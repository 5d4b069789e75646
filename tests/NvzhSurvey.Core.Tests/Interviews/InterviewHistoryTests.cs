using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Tests.Interviews;

/// <summary>The history as people read it: one entry per save, labels not keys, nl-NL values, display names.</summary>
public class InterviewHistoryTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private InterviewTestData Data { get; } = new(fixture.Database.CreateFactory(new InterviewTestData.Staff()), new InterviewTestData.Staff());

    private InterviewHistory History => new(Database.CreateFactory(new InterviewTestData.Staff()));

    [Fact]
    public async Task A_prefill_is_one_entry_and_every_later_save_lists_its_changes_in_dutch_newest_first()
    {
        await SeedDemoDataAsync();
        await InsertAsync(new AppUser { Id = "staff-1", UserName = "medewerker@nvzh.example", Email = "medewerker@nvzh.example", DisplayName = "Anne de Vries" });
        var organisationId = await ExecuteDbContextAsync(db => db.Responses.Where(r => r.Edition!.Year == 2024).OrderBy(r => r.Id).Select(r => r.OrganisationId).FirstAsync());
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        var prefill = await Data.Prefill.PrefillAsync(Actor.System(), form.EditionId, organisationId, null);
        form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        var fte = form.Questions.Single(q => q.Key == "fte");
        var legalForm = form.Questions.Single(q => q.Key == "legal_form");
        var other = legalForm.Options.First(o => !legalForm.SelectedOptionIds.Contains(o.Id));
        var save = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(prefill.Version)
        {
            Answers = [QuestionAnswer.Number(fte.Id, "12,5"), QuestionAnswer.Options(legalForm.Id, other.Id)],
            Details = new InterviewDetails(new DateOnly(2025, 3, 15), "Anne de Vries", null),
        });
        save.Succeeded.Should().BeTrue();

        var history = await History.LoadAsync(form.ResponseId!.Value);

        history.Should().HaveCount(2);
        var latest = history[0];
        latest.Who.Should().Be("Anne de Vries");
        latest.When.Should().Be(DutchTime.Format(latest.At));
        latest.Changes.Should().ContainEquivalentOf(new HistoryChange("fte", "Aantal fte werkzaam (2025)", fte.Value, "12,5"));
        latest.Changes.Should().Contain(c => c.QuestionKey == "legal_form" && c.What == "Rechtspersoon organisaties" && c.New == other.Label);
        latest.Changes.Should().Contain(c => c.What == "Datum interview" && c.New == "15-03-2025");
        latest.Changes.Should().NotContain(c => c.What.Contains('_') || (c.New ?? "").Contains('_'), "keys never show");

        var taken = history[1];
        taken.IsPrefill.Should().BeTrue();
        taken.Summary.Should().MatchRegex(@"^\d+ antwoorden overgenomen van 2024$");
        taken.Changes.Should().Contain(c => c.QuestionKey == "fte");

        history.Select(e => e.For("fte")).OfType<HistoryEntry>().Should().HaveCount(2)
            .And.OnlyContain(e => e.Changes.All(c => c.QuestionKey == "fte"));
    }

    [Fact]
    public async Task Statuses_read_in_dutch()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var full = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(null) { Answers = InterviewTestData.FullAnswers(form) });
        var completed = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisation.Id, full.Version);
        completed.Succeeded.Should().BeTrue(string.Join(", ", completed.Missing.Select(m => m.Text)));

        var history = await History.LoadAsync(full.ResponseId!.Value);

        history[0].Changes.Should().Contain(c => c.What == "Status" && c.Old == "Concept" && c.New == "Afgerond");
        history[0].Changes.Should().Contain(c => c.What == "Afgerond op" && c.New!.Length == "15-03-2025 10:42".Length);
    }
}
