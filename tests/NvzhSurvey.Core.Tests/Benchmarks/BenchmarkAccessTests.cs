using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Benchmarks;

namespace NvzhSurvey.Core.Tests.Benchmarks;

/// <summary>A benchmark shows one organisation's values: only that organisation's members and staff see it.</summary>
public class BenchmarkAccessTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task A_member_sees_its_own_benchmark_of_a_published_edition_and_no_other()
    {
        await SeedDemoDataAsync();
        var (own, other) = await ExecuteDbContextAsync(async db => (
            await db.Organisations.SingleAsync(o => o.Key == "demo-01"), await db.Organisations.SingleAsync(o => o.Key == "demo-02")));
        var member = Actor.Member("user", "Lid", own.Id);
        var query = new BenchmarkQuery(Database.CreateFactory());

        var mine = await query.GetAsync(member, 2024, own.Key);
        var theirs = await query.GetAsync(member, 2024, other.Key);
        var unknown = await query.GetAsync(member, 2024, "bestaat-niet");

        mine.Outcome.Should().Be(BenchmarkOutcome.Ok);
        mine.Benchmark!.Organisation.Name.Should().Be(own.Name);
        mine.Benchmark.FromSnapshot.Should().BeTrue("2024 is published in the demo");
        theirs.Should().Be(BenchmarkResult.Forbidden);
        unknown.Should().Be(BenchmarkResult.Forbidden, "a member cannot tell someone else's key from an unknown one");
        theirs.Benchmark.Should().BeNull();
    }

    [Fact]
    public async Task The_board_read_only_tokens_and_readers_are_refused_and_full_tokens_are_not()
    {
        await SeedDemoDataAsync();
        var query = new BenchmarkQuery(Database.CreateFactory());

        (await query.GetAsync(Actor.Reader("bestuur", "Bestuur"), 2024, "demo-01")).Outcome.Should().Be(BenchmarkOutcome.Forbidden);
        (await query.GetAsync(Actor.Token("t", "token", ApiTokenScope.ReadReports), 2024, "demo-01")).Outcome.Should().Be(BenchmarkOutcome.Forbidden);
        (await query.GetAsync(Actor.Member("u", "Lid zonder organisatie", 0) with { OrganisationId = null }, 2024, "demo-01")).Outcome.Should().Be(BenchmarkOutcome.Forbidden);
        (await query.GetAsync(Actor.Token("t", "token", ApiTokenScope.Full), 2024, "demo-01")).Outcome.Should().Be(BenchmarkOutcome.Ok);
        (await query.ParticipantsAsync(Actor.Reader("bestuur", "Bestuur"), 2024)).Should().BeNull();
    }

    [Fact]
    public async Task Members_wait_for_publishing_while_staff_preview_a_closed_edition()
    {
        await SeedDemoDataWith2024ClosedAsync();
        var own = await ExecuteDbContextAsync(db => db.Organisations.SingleAsync(o => o.Key == "demo-01"));
        var query = new BenchmarkQuery(Database.CreateFactory());

        var member = await query.GetAsync(Actor.Member("u", "Lid", own.Id), 2024, own.Key);
        var staff = await query.GetAsync(Actor.Staff(null, "Medewerker"), 2024, own.Key);
        var open = await query.GetAsync(Actor.Staff(null, "Medewerker"), 2025, own.Key);

        member.Outcome.Should().Be(BenchmarkOutcome.NotAvailable);
        staff.Outcome.Should().Be(BenchmarkOutcome.Ok);
        staff.Benchmark!.Provisional.Should().BeTrue();
        open.Outcome.Should().Be(BenchmarkOutcome.NotAvailable, "2025 is still open");
        (await query.ParticipantsAsync(Actor.Staff(null, "Medewerker"), 2024))!.Should().HaveCount(25);
    }

    [Fact]
    public async Task The_2024_demo_benchmark_matches_the_published_figures()
    {
        await SeedDemoDataAsync();

        var benchmark = (await new BenchmarkQuery(Database.CreateFactory()).GetAsync(Actor.Staff(null, "Medewerker"), 2024, "demo-01")).Benchmark!;

        benchmark.KeyFigures.Participants.Should().Be(25);
        benchmark.KeyFigures.Locations.Should().Be(118);
        benchmark.Figures.Single(f => f.Key == "locations").N.Should().Be(25);
        benchmark.Choices.Should().NotBeEmpty().And.OnlyContain(c => c.Answered == 25 && !c.Suppressed);
    }
}
