using NvzhSurvey.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Interviews;

public class InterviewWriterTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private InterviewTestData Data(string user = "medewerker@nvzh.example") =>
        new(Database.CreateFactory(new InterviewTestData.Staff(user)), new InterviewTestData.Staff(user));

    private async Task<(InterviewFormModel Form, int OrganisationId)> NewInterviewAsync()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var form = await Data().Loader.LoadAsync(new EditionYear(2025), organisation.Id);
        return (form!, organisation.Id);
    }

    [Fact]
    public async Task A_new_interview_proposes_the_active_locations_and_is_not_stored_until_the_first_save()
    {
        var (form, organisationId) = await NewInterviewAsync();

        form.ResponseId.Should().BeNull();
        form.Status.Should().Be(ResponseStatus.NotStarted);
        form.Locations.Where(l => l.Counted).Select(l => l.Name).Should().BeEquivalentTo("Huiskamer Noord", "Inloop Zuid");
        form.Sections.Select(s => s.Key).Should().Equal("people_activities", "funding_organisation", "quality_future");
        (await ExecuteDbContextAsync(db => db.Responses.AnyAsync(r => r.OrganisationId == organisationId))).Should().BeFalse();
    }

    [Fact]
    public async Task Last_changed_by_is_the_display_name_and_the_audit_keeps_the_user_name()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var staff = new InterviewTestData.Staff("anne@nvzh.example", "Anne de Vries");
        var writer = new InterviewTestData(Database.CreateFactory(staff), staff).Writer;
        var fte = form.Questions.Single(q => q.Key == "fte");

        var result = await writer.SaveAsync(Actor.System(), form.EditionId, organisationId,
            new InterviewChanges(null) { Answers = [QuestionAnswer.Number(fte.Id, "3")] });

        result.LastChangedBy.Should().Be("Anne de Vries");
        (await Data().Loader.LoadAsync(new EditionYear(2025), organisationId))!.LastChangedBy.Should().Be("Anne de Vries");
        (await ExecuteDbContextAsync(db => db.AuditEntries.AnyAsync(a => a.ResponseId == result.ResponseId && a.UserName == "anne@nvzh.example")))
            .Should().BeTrue("the audit log names the account");
    }

    [Fact]
    public async Task The_first_save_creates_a_draft_with_the_answers_the_location_snapshot_and_audit_rows()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var target = form.Questions.Single(q => q.Key == "target_group");
        var fte = form.Questions.Single(q => q.Key == "fte");
        var revenue = form.Questions.Single(q => q.Key == "revenue");
        var broad = target.Options.Single(o => o.Key == "broad").Id;

        var result = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null)
        {
            Answers =
            [
                QuestionAnswer.Options(target.Id, broad) with { ListTexts = new Dictionary<string, IReadOnlyList<string>> { ["also_mentioned"] = ["Dak- en thuislozen", "Jongeren"] } },
                QuestionAnswer.Number(fte.Id, "9,62"),
                QuestionAnswer.Number(revenue.Id, "938.528"),
            ],
            Details = new InterviewDetails(new DateOnly(2025, 3, 4), "Anna de Vries", "Terugbellen over subsidie"),
        });

        result.Outcome.Should().Be(SaveOutcome.Saved);
        result.Errors.Should().BeEmpty();
        result.Status.Should().Be(ResponseStatus.Draft);
        result.LastChangedBy.Should().Be("medewerker@nvzh.example");
        var reloaded = (await Data().Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        reloaded.Version.Should().Be(result.Version);
        reloaded.Question(target.Id).SelectedOptionIds.Should().Equal(broad);
        reloaded.Question(target.Id).TextLists.Single().Text.Should().Be("Dak- en thuislozen\nJongeren");
        reloaded.Question(fte.Id).Value.Should().Be("9,62");
        reloaded.Question(revenue.Id).Value.Should().Be("938.528");
        reloaded.Interviewer.Should().Be("Anna de Vries");
        reloaded.InterviewDate.Should().Be(new DateOnly(2025, 3, 4));
        reloaded.Locations.Where(l => l.Counted).Should().HaveCount(2);

        var audit = await ExecuteDbContextAsync(db => db.AuditEntries.Where(a => a.ResponseId == result.ResponseId).ToListAsync());
        audit.Should().Contain(a => a.EntityType == "Answer" && a.Field == "fte" && a.NewValue == "9.62" && a.UserName == "medewerker@nvzh.example");
        audit.Should().Contain(a => a.EntityType == "Answer" && a.Field == "target_group" && a.NewValue == "broad");
        audit.Should().Contain(a => a.EntityType == "ResponseLocation" && a.NewValue == "Inloop Zuid");
        audit.Should().Contain(a => a.EntityType == "FreeText" && a.NewValue == "Jongeren");
    }

    [Fact]
    public async Task An_invalid_number_is_refused_with_a_Dutch_message_while_the_other_answers_are_saved()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var fte = form.Questions.Single(q => q.Key == "fte");
        var founded = form.Questions.Single(q => q.Key == "founded_year");
        var count = form.Questions.Single(q => q.Key == "activity_count");

        var result = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null)
        {
            Answers = [QuestionAnswer.Number(fte.Id, "9,625"), QuestionAnswer.Number(founded.Id, "1949"), QuestionAnswer.Number(count.Id, "7")],
        });

        result.Outcome.Should().Be(SaveOutcome.Saved);
        result.Errors.Should().BeEquivalentTo(new Dictionary<int, string>
        {
            [fte.Id] = "Gebruik maximaal twee decimalen.",
            [founded.Id] = "Vul een jaartal in tussen 1950 en 2025.",
        });
        var reloaded = (await Data().Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        reloaded.Question(fte.Id).Value.Should().BeNull();
        reloaded.Question(count.Id).Value.Should().Be("7");
    }

    [Fact]
    public async Task A_single_choice_question_accepts_one_answer_only()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var legal = form.Questions.Single(q => q.Key == "legal_form");

        var result = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null)
        {
            Answers = [QuestionAnswer.Options(legal.Id, legal.Options[0].Id, legal.Options[1].Id)],
        });

        result.Errors[legal.Id].Should().Be("Kies één antwoord.");
    }

    [Fact]
    public async Task Deselecting_options_and_emptying_texts_removes_them()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var activities = form.Questions.Single(q => q.Key == "activities");
        var creative = activities.Options.Single(o => o.Key == "creative");
        var first = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null)
        {
            Answers = [QuestionAnswer.Options(activities.Id, creative.Id, activities.Options[1].Id) with
            {
                DetailTexts = new Dictionary<int, IReadOnlyList<string>> { [creative.Id] = ["Schilderen", "Boetseren"] },
            }],
        });

        var second = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(first.Version)
        {
            Answers = [QuestionAnswer.Options(activities.Id, creative.Id) with
            {
                DetailTexts = new Dictionary<int, IReadOnlyList<string>> { [creative.Id] = ["Schilderen"] },
            }],
        });

        second.Outcome.Should().Be(SaveOutcome.Saved);
        var reloaded = (await Data().Loader.LoadAsync(new EditionYear(2025), organisationId))!.Question(activities.Id);
        reloaded.SelectedOptionIds.Should().Equal(creative.Id);
        reloaded.Options.Single(o => o.Id == creative.Id).DetailText.Should().Be("Schilderen");
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_a_clear_message_and_nothing_is_overwritten()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var fte = form.Questions.Single(q => q.Key == "fte");
        var created = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null) { Answers = [QuestionAnswer.Number(fte.Id, "1")] });

        var mine = await Data("anna@nvzh.example").Writer.SaveAsync(Actor.System(), form.EditionId, organisationId,
            new InterviewChanges(created.Version) { Answers = [QuestionAnswer.Number(fte.Id, "2")] });
        var theirs = await Data("bert@nvzh.example").Writer.SaveAsync(Actor.System(), form.EditionId, organisationId,
            new InterviewChanges(created.Version) { Answers = [QuestionAnswer.Number(fte.Id, "3")] });

        mine.Outcome.Should().Be(SaveOutcome.Saved);
        theirs.Outcome.Should().Be(SaveOutcome.Conflict);
        theirs.Message.Should().Contain("intussen gewijzigd door anna@nvzh.example").And.Contain("niet opgeslagen");
        (await Data().Loader.LoadAsync(new EditionYear(2025), organisationId))!.Question(fte.Id).Value.Should().Be("2");
    }

    [Fact]
    public async Task Two_people_starting_the_same_interview_do_not_both_create_it()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var fte = form.Questions.Single(q => q.Key == "fte");

        var first = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null) { Answers = [QuestionAnswer.Number(fte.Id, "1")] });
        var second = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null) { Answers = [QuestionAnswer.Number(fte.Id, "2")] });

        first.Outcome.Should().Be(SaveOutcome.Saved);
        second.Outcome.Should().Be(SaveOutcome.Conflict);
    }

    [Fact]
    public async Task Unticking_a_location_removes_it_from_the_edition_count()
    {
        var (form, organisationId) = await NewInterviewAsync();
        var created = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(null));
        var keep = form.Locations.First(l => l.Name == "Huiskamer Noord").LocationId!.Value;

        var result = await Data().Writer.SaveAsync(Actor.System(), form.EditionId, organisationId, new InterviewChanges(created.Version) { CountedLocationIds = [keep] });

        result.Outcome.Should().Be(SaveOutcome.Saved);
        var reloaded = (await Data().Loader.LoadAsync(new EditionYear(2025), organisationId))!;
        reloaded.Locations.Where(l => l.Counted).Select(l => l.Name).Should().Equal("Huiskamer Noord");
        reloaded.Locations.Should().Contain(l => l.Name == "Inloop Zuid" && !l.Counted);
    }

    [Fact]
    public async Task A_closed_edition_refuses_changes()
    {
        await SeedDemoDataAsync();
        var (editionId, organisationId) = await ExecuteDbContextAsync(async db =>
        {
            var r = await db.Responses.Include(x => x.Edition).FirstAsync(x => x.Edition!.Year == 2024);
            return (r.EditionId, r.OrganisationId);
        });
        var form = (await Data().Loader.LoadAsync(new EditionYear(2024), organisationId))!;

        var result = await Data().Writer.SaveAsync(Actor.System(), editionId, organisationId, new InterviewChanges(form.Version)
        {
            Details = new InterviewDetails(null, "Iemand", null),
        });

        form.AcceptsAnswers.Should().BeFalse();
        result.Outcome.Should().Be(SaveOutcome.Refused);
        result.Message.Should().Be("Deze editie is gesloten: antwoorden kunnen niet meer worden gewijzigd.");
        (await ExecuteDbContextAsync(db => db.Editions.SingleAsync(e => e.Id == editionId))).Status.Should().Be(EditionStatus.Published);
    }
}
