using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Time;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Tests.Interviews;

namespace NvzhSurvey.Core.Tests.Organisations;

/// <summary>Founding year and legal form: one value on the organisation, edited in the profile or the interview, frozen at completion.</summary>
public class OrganisationFactsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private InterviewTestData Data { get; } = new(fixture.Database.CreateFactory(new InterviewTestData.Staff()), new InterviewTestData.Staff());

    private OrganisationService Organisations => new(Database.CreateFactory(new InterviewTestData.Staff()), TimeProvider.System);

    private async Task<Organisation> OrganisationAsync() => await ExecuteDbContextAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Key == "proef"));

    private async Task<decimal?> FoundedAnswerAsync(int organisationId, int year) => await ExecuteDbContextAsync(db => db.Answers
        .Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.OrganisationId == organisationId && r.Edition!.Year == year)
                    && db.Questions.Any(q => q.Id == a.QuestionId && q.Key == OrganisationFacts.FoundedYearKey))
        .Select(a => a.NumberValue).SingleOrDefaultAsync());

    [Fact]
    public async Task Answering_founding_year_and_legal_form_in_the_interview_changes_the_organisation_with_an_audit_row()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var founded = form.Questions.Single(q => q.Key == OrganisationFacts.FoundedYearKey);
        var legal = form.Questions.Single(q => q.Key == OrganisationFacts.LegalFormKey);

        var saved = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(null)
        {
            Answers = [QuestionAnswer.Number(founded.Id, "2012"), QuestionAnswer.Options(legal.Id, legal.Options.Single(o => o.Key == "part_of").Id)],
        });

        saved.Outcome.Should().Be(SaveOutcome.Saved);
        var stored = await OrganisationAsync();
        stored.FoundedYear.Should().Be(2012);
        stored.LegalForm.Should().Be(LegalForm.PartOf);
        var audit = await ExecuteDbContextAsync(db => db.AuditEntries.Where(a => a.EntityType == "Organisation" && a.OrganisationId == organisation.Id).ToListAsync());
        audit.Should().Contain(a => a.Field == nameof(Organisation.FoundedYear) && a.NewValue == "2012" && a.UserName == "medewerker@nvzh.example");
        audit.Should().Contain(a => a.Field == nameof(Organisation.LegalForm));
    }

    [Fact]
    public async Task A_new_interview_starts_with_the_organisations_facts_and_its_first_save_stores_them()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(async db =>
        {
            var o = await InterviewTestData.NewOrganisationAsync(db);
            o.FoundedYear = 2001;
            o.LegalForm = LegalForm.Independent;
            await db.SaveChangesAsync();
            return o;
        });

        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var founded = form.Questions.Single(q => q.Key == OrganisationFacts.FoundedYearKey);
        var legal = form.Questions.Single(q => q.Key == OrganisationFacts.LegalFormKey);
        founded.Value.Should().Be("2001");
        legal.SelectedOptionIds.Should().Equal(legal.Options.Single(o => o.Key == "independent").Id);

        var fte = form.Questions.Single(q => q.Key == "fte");
        await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(null) { Answers = [QuestionAnswer.Number(fte.Id, "3")] });

        (await FoundedAnswerAsync(organisation.Id, 2025)).Should().Be(2001);
    }

    [Fact]
    public async Task A_profile_change_reaches_the_open_interview_but_a_completed_response_keeps_its_frozen_value()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var form = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var saved = await Data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id,
            new InterviewChanges(null) { Answers = InterviewTestData.FullAnswers(form) }); // founded 2010

        var profile = ProfileForm.From(await OrganisationAsync());
        profile.FoundedYear = 2015;
        (await Organisations.UpdateProfileAsync(Actor.Member("member-1", "Lid Proef", organisation.Id), organisation.Id, profile)).Succeeded.Should().BeTrue();

        (await FoundedAnswerAsync(organisation.Id, 2025)).Should().Be(2015, "the draft follows the organisation");
        var draft = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        draft.Questions.Single(q => q.Key == OrganisationFacts.FoundedYearKey).Value.Should().Be("2015");
        draft.Version.Should().NotBe(saved.Version, "an open form sees the change as someone else's save");
        (await ExecuteDbContextAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Answer" && a.OrganisationId == organisation.Id
            && a.Field == OrganisationFacts.FoundedYearKey && a.OldValue == "2010" && a.NewValue == "2015"))).Should().BeTrue();

        var completed = await Data.Status.CompleteAsync(Actor.System(), new EditionYear(2025), organisation.Id, draft.Version);
        completed.Status.Should().Be(ResponseStatus.Completed);

        var staffForm = OrganisationForm.From(await OrganisationAsync());
        staffForm.FoundedYear = 2018;
        staffForm.LegalForm = LegalForm.PartOf;
        (await Organisations.UpdateAsync(Actor.System(), organisation.Id, staffForm)).Succeeded.Should().BeTrue();

        (await OrganisationAsync()).FoundedYear.Should().Be(2018);
        (await FoundedAnswerAsync(organisation.Id, 2025)).Should().Be(2015, "a completed response is frozen");
        var closed = (await Data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var legal = closed.Questions.Single(q => q.Key == OrganisationFacts.LegalFormKey);
        legal.SelectedOptionIds.Should().Equal(legal.Options.Single(o => o.Key == "independent").Id);
    }

    [Fact]
    public async Task The_profile_and_the_organisation_form_refuse_a_founding_year_after_this_year_with_the_shared_rule()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var thisYear = DutchTime.Today(TimeProvider.System).Year;
        var expected = $"Vul een jaartal in tussen 1950 en {thisYear}.";

        var profile = ProfileForm.From(await OrganisationAsync());
        profile.FoundedYear = 2099;
        (await Organisations.UpdateProfileAsync(Actor.System(), organisation.Id, profile)).Error.Should().Be(expected);
        var staffForm = OrganisationForm.From(await OrganisationAsync());
        staffForm.FoundedYear = 1949;
        (await Organisations.UpdateAsync(Actor.System(), organisation.Id, staffForm)).Error.Should().Be(expected);
        staffForm.FoundedYear = thisYear;
        (await Organisations.UpdateAsync(Actor.System(), organisation.Id, staffForm)).Succeeded.Should().BeTrue();
        (await OrganisationAsync()).FoundedYear.Should().Be(thisYear);
    }
}
