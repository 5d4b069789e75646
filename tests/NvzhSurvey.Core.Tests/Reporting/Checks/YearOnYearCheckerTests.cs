using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Reporting.Checks;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Reporting.Checks;

public class YearOnYearCheckerTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private YearOnYearChecker Checker => new(Database.CreateFactory());
    private DataCheckResolver Resolver => new(Database.CreateFactory(), TimeProvider.System);

    [Fact]
    public async Task The_first_edition_has_no_previous_edition_and_so_no_checks()
    {
        await SeedDemoDataAsync();

        var checks = await Checker.CheckAsync(2024);

        (checks.PreviousYear, checks.Checks.Count).Should().Be((null, 0));
    }

    [Fact]
    public async Task Organisations_that_completed_last_year_and_not_this_year_are_listed_and_unchanged_responses_raise_nothing()
    {
        await SeedDemoDataAsync();
        var copied = await CopyResponsesTo2025Async(3);

        var checks = await Checker.CheckAsync(2025);

        checks.PreviousYear.Should().Be(2024);
        checks.Checks.Should().HaveCount(22).And.OnlyContain(c => c.CheckKey == YearOnYearCheckKeys.NotAnsweredThisYear && !c.IsResolved);
        checks.Checks.Select(c => c.OrganisationId).Should().NotIntersectWith(copied);
        checks.Checks[0].Message.Should().Be("Vragenlijst 2024 afgerond, 2025 niet (status: nog niet gestart).");
    }

    [Fact]
    public async Task Fte_revenue_and_locations_changed_by_more_than_half_and_a_changed_founding_year_or_legal_form_are_found()
    {
        await SeedDemoDataAsync();
        var ids = await CopyResponsesTo2025Async(6);
        await using (var db = CreateDbContext())
        {
            await ScaleAsync(db, ids[0], "fte", 1.6m);     // +60%: found
            await ScaleAsync(db, ids[1], "fte", 1.4m);     // +40%: not
            await ScaleAsync(db, ids[2], "revenue", 0.4m); // −60%: found
            await ScaleAsync(db, ids[3], "revenue", 0.6m); // −40%: not
            var response = await Response2025Async(db, ids[4]);
            (await AnswerAsync(db, response.Id, "founded_year")).NumberValue += 3;
            var legal = await AnswerAsync(db, response.Id, "legal_form");
            legal.OptionId = await db.QuestionOptions.Where(o => o.QuestionId == legal.QuestionId && o.Id != legal.OptionId)
                .Select(o => o.Id).FirstAsync();
            var locations = await db.ResponseLocations.Where(l => l.ResponseId == response.Id).ToListAsync();
            locations.Should().NotBeEmpty();
            db.ResponseLocations.AddRange(Enumerable.Range(0, locations.Count + 1)
                .Select(i => new ResponseLocation { ResponseId = response.Id, Name = $"Extra {i}" })); // more than double
            await db.SaveChangesAsync();
        }

        var checks = (await Checker.CheckAsync(2025)).Checks.Where(c => c.CheckKey != YearOnYearCheckKeys.NotAnsweredThisYear).ToList();

        checks.Select(c => (c.OrganisationId, c.CheckKey)).Should().BeEquivalentTo(new[]
        {
            (ids[0], YearOnYearCheckKeys.FteChange),
            (ids[2], YearOnYearCheckKeys.RevenueChange),
            (ids[4], YearOnYearCheckKeys.FoundedYear),
            (ids[4], YearOnYearCheckKeys.LegalForm),
            (ids[4], YearOnYearCheckKeys.LocationsChange),
        });
        checks.Single(c => c.CheckKey == YearOnYearCheckKeys.FteChange).Message.Should().MatchRegex(@"^Aantal fte: \d+,\d\d in 2025, \d+,\d\d in 2024 \(\+60%\)\.$");
        checks.Single(c => c.CheckKey == YearOnYearCheckKeys.RevenueChange).Message.Should().MatchRegex(@"^Omzet: € [\d.]+ in 2025, € [\d.]+ in 2024 \(−60%\)\.$");
    }

    [Fact]
    public async Task A_check_marked_klopt_with_a_reason_shows_as_resolved_and_can_be_reopened()
    {
        await SeedDemoDataAsync();
        var ids = await CopyResponsesTo2025Async(1);
        await using (var db = CreateDbContext())
        {
            await ScaleAsync(db, ids[0], "fte", 3m);
            await db.SaveChangesAsync();
        }

        var staff = Actor.Staff("u1", "Mila Medewerker");
        (await Resolver.ResolveAsync(2025, ids[0], YearOnYearCheckKeys.FteChange, "  Nieuwe locatie geopend  ", staff)).Succeeded.Should().BeTrue();

        var check = (await Checker.CheckAsync(2025)).Checks.Single(c => c.OrganisationId == ids[0]);
        check.Resolution.Should().BeEquivalentTo(new { Reason = "Nieuwe locatie geopend", ResolvedBy = "Mila Medewerker" });
        (await Checker.CheckAsync(2025)).OpenCount.Should().Be(24);

        (await Resolver.ReopenAsync(2025, ids[0], YearOnYearCheckKeys.FteChange, staff)).Succeeded.Should().BeTrue();
        (await Checker.CheckAsync(2025)).Checks.Single(c => c.OrganisationId == ids[0]).IsResolved.Should().BeFalse();
    }

    [Fact]
    public async Task Only_staff_mark_a_check_and_only_with_a_short_reason()
    {
        await SeedDemoDataAsync();
        var organisationId = await ExecuteDbContextAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());

        (await Resolver.ResolveAsync(2025, organisationId, YearOnYearCheckKeys.FteChange, "klopt", Actor.Member("m", "Lid", organisationId)))
            .Error.Should().Be(Actor.NotAllowedMessage);
        (await Resolver.ResolveAsync(2025, organisationId, YearOnYearCheckKeys.FteChange, "klopt", Actor.Token("t", "Lezen", ApiTokenScope.ReadReports)))
            .Error.Should().Be(Actor.NotAllowedMessage);
        (await Resolver.ReopenAsync(2025, organisationId, YearOnYearCheckKeys.FteChange, Actor.Reader("b", "Bestuur")))
            .Error.Should().Be(Actor.NotAllowedMessage);
        (await Resolver.ResolveAsync(2025, organisationId, YearOnYearCheckKeys.FteChange, "   ", Actor.System())).Error.Should().Be(DataCheckResolver.ReasonRequiredMessage);
        (await Resolver.ResolveAsync(2025, organisationId, YearOnYearCheckKeys.FteChange, new string('x', 201), Actor.System())).Error.Should().Be(DataCheckResolver.ReasonTooLongMessage);
        (await Resolver.ResolveAsync(2025, organisationId, "onbekend", "klopt", Actor.System())).Succeeded.Should().BeFalse();
        (await ExecuteDbContextAsync(db => db.DataCheckResolutions.CountAsync())).Should().Be(0);
    }

    private static Task<Response> Response2025Async(SurveyDbContext db, int organisationId) =>
        db.Responses.SingleAsync(r => r.OrganisationId == organisationId && r.Edition!.Year == 2025);

    private static Task<Answer> AnswerAsync(SurveyDbContext db, int responseId, string key) =>
        db.Answers.SingleAsync(a => a.ResponseId == responseId && db.Questions.Any(q => q.Id == a.QuestionId && q.Key == key));

    private static async Task ScaleAsync(SurveyDbContext db, int organisationId, string key, decimal factor)
    {
        var response = await Response2025Async(db, organisationId);
        var answer = await AnswerAsync(db, response.Id, key);
        answer.NumberValue = Math.Round(answer.NumberValue!.Value * factor, 2);
    }

    /// <summary>The first <paramref name="count"/> completed 2024 responses, copied unchanged into 2025 as completed.</summary>
    private async Task<List<int>> CopyResponsesTo2025Async(int count)
    {
        await using var db = CreateDbContext();
        var edition2025 = await db.Editions.SingleAsync(e => e.Year == 2025);
        var questions2025 = await db.Questions.Include(q => q.Options).Where(q => q.Section!.EditionId == edition2025.Id).ToDictionaryAsync(q => q.Key);
        var sources = await db.Responses.AsNoTracking().Include(r => r.Answers).Include(r => r.Locations)
            .Where(r => r.Edition!.Year == 2024 && r.Status == ResponseStatus.Completed).OrderBy(r => r.OrganisationId).Take(count).ToListAsync();
        var keyOf = await db.Questions.Where(q => q.Section!.Edition!.Year == 2024).ToDictionaryAsync(q => q.Id, q => q.Key);
        var optionKeyOf = await db.QuestionOptions.Where(o => o.Question!.Section!.Edition!.Year == 2024).ToDictionaryAsync(o => o.Id, o => o.Key);
        foreach (var source in sources)
        {
            var target = await db.Responses.SingleOrDefaultAsync(r => r.EditionId == edition2025.Id && r.OrganisationId == source.OrganisationId);
            if (target is null)
            {
                target = new Response { EditionId = edition2025.Id, OrganisationId = source.OrganisationId };
                db.Responses.Add(target);
            }

            target.Status = ResponseStatus.Completed;
            target.Answers = source.Answers.Where(a => questions2025.ContainsKey(keyOf[a.QuestionId])).Select(a =>
            {
                var question = questions2025[keyOf[a.QuestionId]];
                return new Answer
                {
                    QuestionId = question.Id,
                    OptionId = a.OptionId is { } optionId ? question.Options.Single(o => o.Key == optionKeyOf[optionId]).Id : null,
                    NumberValue = a.NumberValue,
                    TextValue = a.TextValue,
                };
            }).ToList();
            target.Locations = source.Locations.Select(l => new ResponseLocation { Name = l.Name, City = l.City, Province = l.Province }).ToList();
        }

        await db.SaveChangesAsync();
        return sources.Select(s => s.OrganisationId).ToList();
    }
}
