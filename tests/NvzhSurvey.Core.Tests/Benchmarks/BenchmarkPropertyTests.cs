using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Benchmarks;

/// <summary>
/// The benchmark of random data sets equals an independent computation (<see cref="BenchmarkExpectation"/>):
/// percentiles, positions, ratios, rounding, suppression below n = 6; and published figures come from the rows
/// stored at publishing.
/// </summary>
public class BenchmarkPropertyTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly Actor StaffActor = Actor.Staff(null, "Medewerker");

    [Theory]
    [InlineData(1, 5, true)]
    [InlineData(2, 6, true)]
    [InlineData(3, 7, false)]
    [InlineData(4, 31, false)]
    [InlineData(5, 64, false)]
    public async Task Every_participants_benchmark_equals_an_independent_computation(int seed, int organisations, bool allCompleted)
    {
        var (edition, responses) = await CreateRandomEditionAsync(2030, organisations, seed, allCompleted);
        var expected = new BenchmarkExpectation(edition, responses);
        var query = new BenchmarkQuery(Database.CreateFactory());

        foreach (var response in responses)
        {
            var result = await query.GetAsync(StaffActor, 2030, response.Organisation!.Key);
            if (response.Status != ResponseStatus.Completed)
            {
                result.Outcome.Should().Be(BenchmarkOutcome.NotFound, "a draft is not a participant");
                continue;
            }

            result.Outcome.Should().Be(BenchmarkOutcome.Ok);
            AssertEquals(result.Benchmark!, expected, response.Organisation.Id);
        }

        // Published: the network part is now the statistics stored at publishing (ADR 020), read by a fresh query.
        await new PublicationSnapshots(Database.CreateFactory(), TimeProvider.System).PublishAsync(2030, "test");
        var published = new BenchmarkQuery(Database.CreateFactory());
        foreach (var response in responses.Where(r => r.Status == ResponseStatus.Completed))
        {
            var result = await published.GetAsync(StaffActor, 2030, response.Organisation!.Key);
            result.Benchmark!.FromSnapshot.Should().BeTrue();
            AssertEquals(result.Benchmark, expected, response.Organisation.Id);
        }
    }

    [Fact]
    public async Task Suppression_starts_below_six_organisations()
    {
        var (_, five) = await CreateRandomEditionAsync(2030, 5, seed: 11, allCompleted: true);
        var (_, six) = await CreateRandomEditionAsync(2031, 6, seed: 12, allCompleted: true);
        var query = new BenchmarkQuery(Database.CreateFactory());

        var ofFive = (await query.GetAsync(StaffActor, 2030, five[0].Organisation!.Key)).Benchmark!;
        var ofSix = (await query.GetAsync(StaffActor, 2031, six[0].Organisation!.Key)).Benchmark!;

        var organisationAge = (BenchmarkOrganisationFigure: ofFive.Figures.Single(f => f.Key == "organisation_age"), Six: ofSix.Figures.Single(f => f.Key == "organisation_age"));
        organisationAge.BenchmarkOrganisationFigure.Should().Match<BenchmarkFigure>(f => f.N == 5 && f.Suppressed && f.Median == null && f.P25 == null && f.P75 == null && f.Position == null && f.Value != null);
        organisationAge.Six.Should().Match<BenchmarkFigure>(f => f.N == 6 && !f.Suppressed && f.Median != null && f.Position != null);
        ofFive.Choices.Should().OnlyContain(c => c.Suppressed && c.Options.All(o => o.Count == null && o.Percent == null));
    }

    [Fact]
    public async Task A_half_way_median_rounds_away_from_zero()
    {
        var (edition, responses) = await CreateRandomEditionAsync(2030, 6, seed: 21, allCompleted: true);
        var fte = new BenchmarkExpectation(edition, responses).Question("fte");
        decimal[] values = [1.00m, 1.00m, 1.00m, 1.01m, 2.00m, 2.00m]; // median (1.00 + 1.01) / 2 = 1.005
        await ExecuteDbContextAsync(async db =>
        {
            for (var i = 0; i < responses.Count; i++)
            {
                var responseId = responses[i].Id;
                await db.Answers.Where(a => a.ResponseId == responseId && a.QuestionId == fte.Id).ExecuteDeleteAsync();
                db.Answers.Add(new Answer { ResponseId = responseId, QuestionId = fte.Id, NumberValue = values[i] });
            }

            await db.SaveChangesAsync();
        });

        var benchmark = (await new BenchmarkQuery(Database.CreateFactory()).GetAsync(StaffActor, 2030, responses[3].Organisation!.Key)).Benchmark!;

        var figure = benchmark.Figures.Single(f => f.Key == "fte");
        figure.Median.Should().Be(1.01m, "1,005 is half way and rounds away from zero (a double would give 1,00)");
        figure.P25.Should().Be(1.00m);
        figure.P75.Should().Be(1.75m);
        figure.Position.Should().Be(BenchmarkPosition.Midden);
    }

    [Fact]
    public async Task A_published_benchmark_comes_from_the_rows_stored_at_publishing()
    {
        var (edition, responses) = await CreateRandomEditionAsync(2030, 12, seed: 31, allCompleted: true, EditionStatus.Closed);
        var key = responses[0].Organisation!.Key;
        var query = new BenchmarkQuery(Database.CreateFactory());
        var preview = (await query.GetAsync(StaffActor, 2030, key)).Benchmark!;

        await new PublicationSnapshots(Database.CreateFactory(), TimeProvider.System).PublishAsync(2030, "test");
        var revenue = new BenchmarkExpectation(edition, responses).Question("revenue");
        await ExecuteDbContextAsync(db => db.Answers.Where(a => a.QuestionId == revenue.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.NumberValue, a => a.NumberValue * 3)));
        var published = (await query.GetAsync(StaffActor, 2030, key)).Benchmark!;

        published.FromSnapshot.Should().BeTrue();
        preview.FromSnapshot.Should().BeFalse();
        published.Figures.Should().BeEquivalentTo(preview.Figures, "answers changed after publishing do not change it");
        published.Choices.Should().BeEquivalentTo(preview.Choices);
        published.KeyFigures.Should().Be(preview.KeyFigures);
    }

    [Fact]
    public async Task The_previous_editions_own_value_is_shown()
    {
        var (_, earlier) = await CreateRandomEditionAsync(2029, 8, seed: 41, allCompleted: true);
        var (edition, later) = await CreateRandomEditionAsync(2030, 8, seed: 42, allCompleted: true);
        // The same organisation in both editions: move the 2030 response of the first organisation to the 2029 one's.
        var organisation = earlier[0].Organisation!;
        await ExecuteDbContextAsync(db => db.Responses.Where(r => r.Id == later[0].Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.OrganisationId, organisation.Id)));
        later[0].Organisation = organisation;

        var benchmark = (await new BenchmarkQuery(Database.CreateFactory()).GetAsync(StaffActor, 2030, organisation.Key)).Benchmark!;

        var expectedPrevious = new BenchmarkExpectation(edition, earlier).Values("locations").GetValueOrDefault(organisation.Id);
        benchmark.PreviousEdition.Should().Be(2029);
        benchmark.Figures.Single(f => f.Key == "locations").Previous.Should().Be(expectedPrevious == 0 ? null : expectedPrevious);
        benchmark.Figures.Where(f => f.Previous != null).Should().NotBeEmpty();
    }

    private static void AssertEquals(OrganisationBenchmark benchmark, BenchmarkExpectation expected, int organisationId)
    {
        foreach (var figure in benchmark.Figures)
        {
            var values = expected.Values(figure.Key);
            var decimals = figure.Definition.Decimals;
            var because = $"{figure.Key} of organisation {organisationId}";
            figure.N.Should().Be(values.Count, because);
            figure.Value.Should().Be(values.TryGetValue(organisationId, out var own) ? BenchmarkExpectation.Round(own, decimals) : null, because);
            figure.Suppressed.Should().Be(values.Count < 6, because);
            if (values.Count < 6)
            {
                figure.Median.Should().BeNull(because);
                figure.Position.Should().BeNull(because);
                continue;
            }

            var p25 = BenchmarkExpectation.Percentile(values.Values, 0.25m);
            var p75 = BenchmarkExpectation.Percentile(values.Values, 0.75m);
            figure.P25.Should().Be(BenchmarkExpectation.Round(p25, decimals), because);
            figure.Median.Should().Be(BenchmarkExpectation.Round(BenchmarkExpectation.Percentile(values.Values, 0.5m), decimals), because);
            figure.P75.Should().Be(BenchmarkExpectation.Round(p75, decimals), because);
            figure.Position.Should().Be(
                !values.ContainsKey(organisationId) ? null
                : own < p25 ? BenchmarkPosition.Laag
                : own > p75 ? BenchmarkPosition.Hoog
                : BenchmarkPosition.Midden, because);
        }

        foreach (var question in expected.ChoiceQuestions)
        {
            var (answered, counts) = expected.Choices(question);
            var actual = benchmark.Choices.SingleOrDefault(c => c.Key == question.EffectiveReportKey);
            if (answered == 0)
            {
                actual.Should().BeNull();
                continue;
            }

            actual!.Answered.Should().Be(answered);
            actual.Suppressed.Should().Be(answered < 6);
            foreach (var option in actual.Options)
            {
                var count = counts.GetValueOrDefault(question.Options.Single(o => o.Key == option.Key).Id);
                option.Count.Should().Be(answered < 6 ? null : count, $"{question.Key}/{option.Key}");
                option.Percent.Should().Be(answered < 6 ? null : (int)Math.Round(100m * count / answered, MidpointRounding.AwayFromZero));
                option.MostChose.Should().Be(answered >= 6 && count * 2 > answered);
            }
        }
    }

    private async Task<(Edition, List<Response>)> CreateRandomEditionAsync(
        int year, int organisations, int seed, bool allCompleted, EditionStatus status = EditionStatus.Closed)
    {
        await using var db = CreateDbContext();
        var edition = new Edition { Year = year, Status = status, MembersTotal = 80, LocationsAllMembers = 300, Sections = QuestionnaireDefinition.Load2024().ToSections() };
        db.Editions.Add(edition);
        var (orgs, responses) = SyntheticData.Create(edition, organisations, seed, $"syn{year}");
        if (allCompleted)
        {
            responses.ForEach(r => r.Status = ResponseStatus.Completed);
        }

        db.Organisations.AddRange(orgs);
        db.Responses.AddRange(responses);
        await db.SaveChangesAsync();
        return (edition, responses);
    }
}
