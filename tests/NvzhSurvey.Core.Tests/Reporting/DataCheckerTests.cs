using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Reporting;

public class DataCheckerTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task The_2024_demo_data_passes_every_check_except_the_24_members_that_did_not_take_part()
    {
        await SeedDemoDataAsync();

        var issues = await new DataChecker(Database.CreateFactory()).CheckAsync(2024);

        issues.Should().HaveCount(24).And.OnlyContain(i => i.Kind == DataCheckKind.NoCompletedResponse);
    }

    [Fact]
    public async Task Members_without_a_completed_response_are_listed()
    {
        await SeedDemoDataAsync();

        var issues = await new DataChecker(Database.CreateFactory()).CheckAsync(2025);

        issues.Should().HaveCount(49).And.OnlyContain(i => i.Kind == DataCheckKind.NoCompletedResponse && i.Message.Contains("niet gestart"));
    }

    [Fact]
    public async Task Missing_figures_empty_locations_values_outside_buckets_and_outliers_are_found()
    {
        await SeedDemoDataWith2024ClosedAsync(Core.Editions.EditionStatus.Open); // a new member joins the open edition
        var (missingFte, noLocations, outsideBucket, outlier) = await BreakFourResponsesAsync();
        await InsertAsync(new Organisation { Key = "nieuw", Name = "Stichting Zonder Respons" });

        var issues = await new DataChecker(Database.CreateFactory()).CheckAsync(2024);

        issues.Should().ContainSingle(i => i.Kind == DataCheckKind.MissingFigure && i.OrganisationId == missingFte && i.Message == "Aantal fte werkzaam (2024): niet ingevuld.");
        issues.Should().ContainSingle(i => i.Kind == DataCheckKind.NoLocations && i.OrganisationId == noLocations);
        issues.Should().ContainSingle(i => i.Kind == DataCheckKind.OutsideBuckets && i.OrganisationId == outsideBucket && i.Message.Contains("12 valt buiten de klassen"));
        issues.Should().Contain(i => i.Kind == DataCheckKind.Outlier && i.OrganisationId == outlier && i.Message.StartsWith("Aantal fte werkzaam (2024) per locatie is") && i.Message.Contains("meer dan 3×"));
        issues.Should().ContainSingle(i => i.Kind == DataCheckKind.NoCompletedResponse && i.OrganisationName == "Stichting Zonder Respons");
    }

    [Fact]
    public async Task A_completed_response_without_any_answer_to_a_required_choice_question_is_listed_but_none_of_these_is_an_answer()
    {
        await SeedDemoDataAsync();
        await using var db = CreateDbContext();
        var partners = await db.Questions.SingleAsync(q => q.Key == "partners" && q.Section!.Edition!.Year == 2024);
        var responses = await db.Responses.Include(r => r.Organisation).Where(r => r.Edition!.Year == 2024).OrderBy(r => r.Id).Take(2).ToListAsync();
        db.Answers.RemoveRange(db.Answers.Where(a => a.QuestionId == partners.Id && (a.ResponseId == responses[0].Id || a.ResponseId == responses[1].Id)));
        var none = Answer.NoneOfThese(partners.Id);
        none.ResponseId = responses[1].Id;
        db.Answers.Add(none);
        await db.SaveChangesAsync();

        var issues = await new DataChecker(Database.CreateFactory()).CheckAsync(2024);

        issues.Where(i => i.Kind != DataCheckKind.NoCompletedResponse).Should().ContainSingle().Which.Should().Be(new DataCheckIssue(
            DataCheckKind.Unanswered, responses[0].OrganisationId, responses[0].Organisation!.Name, $"{partners.Label}: niet beantwoord."));
    }

    private async Task<(int, int, int, int)> BreakFourResponsesAsync()
    {
        await using var db = CreateDbContext();
        var responses = await db.Responses.Include(r => r.Locations).Where(r => r.Edition!.Year == 2024)
            .OrderBy(r => r.Id).Take(4).ToListAsync();
        var fte = await db.Questions.SingleAsync(q => q.Key == "fte" && q.Section!.Edition!.Year == 2024);
        var activityCount = await db.Questions.SingleAsync(q => q.Key == "activity_count" && q.Section!.Edition!.Year == 2024);

        db.Answers.Remove(await db.Answers.SingleAsync(a => a.ResponseId == responses[0].Id && a.QuestionId == fte.Id));
        db.ResponseLocations.RemoveRange(responses[1].Locations);
        (await db.Answers.SingleAsync(a => a.ResponseId == responses[2].Id && a.QuestionId == activityCount.Id)).NumberValue = 12;
        (await db.Answers.SingleAsync(a => a.ResponseId == responses[3].Id && a.QuestionId == fte.Id)).NumberValue = 400;
        await db.SaveChangesAsync();
        return (responses[0].OrganisationId, responses[1].OrganisationId, responses[2].OrganisationId, responses[3].OrganisationId);
    }
}
