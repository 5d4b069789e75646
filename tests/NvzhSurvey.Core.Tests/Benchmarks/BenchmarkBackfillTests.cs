using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Benchmarks;

namespace NvzhSurvey.Core.Tests.Benchmarks;

/// <summary>An edition published before benchmark rows were stored at publishing still has its benchmarks.</summary>
public class BenchmarkBackfillTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task A_published_edition_without_stored_rows_gets_them_on_the_first_request_with_the_same_figures()
    {
        await SeedDemoDataAsync();
        var own = await ExecuteDbContextAsync(db => db.Organisations.SingleAsync(o => o.Key == "demo-01"));
        var staff = Actor.Staff(null, "Medewerker");
        var before = await new BenchmarkQuery(Database.CreateFactory()).GetAsync(staff, 2024, own.Key);
        before.Outcome.Should().Be(BenchmarkOutcome.Ok);
        await ExecuteDbContextAsync(async db =>
        {
            // As an edition published before the BenchmarkSnapshot migration: no stored rows at all.
            var edition = await db.Editions.SingleAsync(e => e.Year == 2024);
            await db.BenchmarkFigureValues.Where(v => v.EditionId == edition.Id).ExecuteDeleteAsync();
            await db.BenchmarkChoices.Where(c => c.EditionId == edition.Id).ExecuteDeleteAsync();
            await db.BenchmarkNetworkFigures.Where(f => f.EditionId == edition.Id).ExecuteDeleteAsync();
            await db.BenchmarkNetworkChoices.Where(c => c.EditionId == edition.Id).ExecuteDeleteAsync();
        });
        var member = Actor.Member("u", "Lid", own.Id);
        var query = new BenchmarkQuery(Database.CreateFactory());

        var years = await query.PublishedYearsAsync(member);
        var after = await query.GetAsync(member, 2024, own.Key);

        years.Should().Contain(2024, "the member portal links the backfilled edition");
        after.Outcome.Should().Be(BenchmarkOutcome.Ok);
        after.Benchmark!.FromSnapshot.Should().BeTrue();
        after.Benchmark.Should().BeEquivalentTo(before.Benchmark, "the backfilled rows give the figures publishing stored");
        (await query.ParticipantsAsync(staff, 2024))!.Should().HaveCount(25);
        (await ExecuteDbContextAsync(db => db.BenchmarkFigureValues.CountAsync(v =>
                db.Editions.Any(e => e.Id == v.EditionId && e.Year == 2024) && v.Figure == BenchmarkFigures.Participant)))
            .Should().Be(25, "stored once, not once per request");
    }

    [Fact]
    public async Task A_published_edition_with_stored_rows_but_no_network_statistics_gets_them_from_its_rows()
    {
        await SeedDemoDataAsync();
        var staff = Actor.Staff(null, "Medewerker");
        var before = await new BenchmarkQuery(Database.CreateFactory()).GetAsync(staff, 2024, "demo-01");
        var networkBefore = await ExecuteDbContextAsync(db => db.BenchmarkNetworkFigures.AsNoTracking()
            .Where(f => db.Editions.Any(e => e.Id == f.EditionId && e.Year == 2024)).OrderBy(f => f.Figure).ToListAsync());
        await ExecuteDbContextAsync(async db =>
        {
            // As an edition published before the StoredBenchmarkNetwork migration: rows, no network statistics. The
            // answers change afterwards, to show that the statistics come from the stored rows, not the answers.
            var edition = await db.Editions.SingleAsync(e => e.Year == 2024);
            await db.BenchmarkNetworkFigures.Where(f => f.EditionId == edition.Id).ExecuteDeleteAsync();
            await db.BenchmarkNetworkChoices.Where(c => c.EditionId == edition.Id).ExecuteDeleteAsync();
            await db.Answers.Where(a => a.NumberValue != null).ExecuteUpdateAsync(s => s.SetProperty(a => a.NumberValue, a => a.NumberValue * 3));
        });

        var after = await new BenchmarkQuery(Database.CreateFactory()).GetAsync(staff, 2024, "demo-01");

        networkBefore.Should().Contain(f => f.Figure == "fte_per_location" && f.N > 0, "publishing the demo stored the network's statistics");
        after.Benchmark.Should().BeEquivalentTo(before.Benchmark);
        (await ExecuteDbContextAsync(db => db.BenchmarkNetworkFigures.AsNoTracking()
                .Where(f => db.Editions.Any(e => e.Id == f.EditionId && e.Year == 2024)).OrderBy(f => f.Figure).ToListAsync()))
            .Should().BeEquivalentTo(networkBefore, o => o.WithStrictOrdering());
    }
}
