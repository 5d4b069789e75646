using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Tests.Reporting;

/// <summary>Invariants that hold for any data set: checked on seeded random editions of different sizes.</summary>
public class ReportPropertyTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 31)]
    [InlineData(3, 64)]
    [InlineData(4, 1)]
    public async Task Figures_follow_from_counts_for_random_data(int seed, int organisations)
    {
        await CreateRandomEditionAsync(2030, organisations, seed);

        var report = (await new ReportBuilder(Database.CreateFactory()).BuildAsync(2030))!;

        var n = report.Participation.Participating;
        n.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(organisations);
        report.Participation.ParticipatingPercent.Should().Be(ReportRounding.Percent(n, 80));
        foreach (var question in report.Questions)
        {
            question.Participants.Should().Be(n);
            switch (question)
            {
                case ChoiceReport choice:
                    choice.Options.Should().OnlyContain(o => o.Count >= 0 && o.Count <= n && o.Percent == ExpectedPercent(o.Count, n));
                    choice.Options.Select(o => o.Count).Should().BeInDescendingOrder();
                    if (choice.Kind == QuestionKind.SingleChoice)
                    {
                        choice.Options.Sum(o => o.Count).Should().Be(n, $"{choice.Key}: every organisation has one answer");
                    }
                    else
                    {
                        choice.AverageSelected.Should().Be(Math.Round((decimal)choice.Options.Sum(o => o.Count) / n, 1, MidpointRounding.AwayFromZero));
                    }

                    break;
                case BucketReport buckets:
                    buckets.Buckets.Sum(b => b.Count).Should().Be(n, $"{buckets.Key}: every answer falls in one bucket");
                    buckets.Buckets.Should().OnlyContain(b => b.Percent == ExpectedPercent(b.Count, n));
                    break;
                case LocationsReport locations:
                    locations.Distribution.Sum(d => d.Locations * d.Organisations).Should().Be(locations.TotalLocations);
                    locations.TotalLocations.Should().Be(report.Participation.LocationsParticipating);
                    locations.Distribution.Sum(d => d.Organisations).Should().BeLessThanOrEqualTo(n);
                    break;
                case QuantityReport quantity:
                    quantity.Answered.Should().BeLessThanOrEqualTo(n);
                    quantity.AveragePerOrganisation.Should().Be(quantity.Answered == 0 ? 0
                        : Math.Round(quantity.Total / quantity.Answered!.Value, quantity.Decimals, MidpointRounding.AwayFromZero));
                    quantity.AveragePerLocation.Should().Be(quantity.Locations == 0 ? 0
                        : Math.Round(quantity.Total / quantity.Locations, quantity.Decimals, MidpointRounding.AwayFromZero));
                    break;
            }
        }
    }

    [Fact]
    public async Task Only_completed_responses_count()
    {
        var (edition, responses) = await CreateRandomEditionAsync(2030, 40, seed: 9);

        var report = (await new ReportBuilder(Database.CreateFactory()).BuildAsync(2030))!;

        report.Participation.Participating.Should().Be(responses.Count(r => r.Status == Responses.ResponseStatus.Completed))
            .And.BeLessThan(40, "the generator leaves some drafts");
        edition.Year.Should().Be(2030);
    }

    private static int ExpectedPercent(int count, int n) => (int)Math.Round(count * 100m / n, MidpointRounding.AwayFromZero);

    private async Task<(Edition, List<Responses.Response>)> CreateRandomEditionAsync(int year, int organisations, int seed)
    {
        await using var db = CreateDbContext();
        var edition = new Edition { Year = year, Status = EditionStatus.Open, MembersTotal = 80, LocationsAllMembers = 300, Sections = QuestionnaireDefinition.Load2024().ToSections() };
        db.Editions.Add(edition);
        var (orgs, responses) = SyntheticData.Create(edition, organisations, seed);
        db.Organisations.AddRange(orgs);
        db.Responses.AddRange(responses);
        await db.SaveChangesAsync();
        return (edition, responses);
    }
}
