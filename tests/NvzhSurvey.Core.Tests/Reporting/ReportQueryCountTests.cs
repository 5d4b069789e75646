using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Tests.Reporting;

public class ReportQueryCountTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task The_report_needs_the_same_number_of_queries_for_25_and_325_organisations()
    {
        await SeedDemoDataAsync();
        var small = await CountQueriesAsync(2024);
        await AddOrganisationsAsync(2024, 300);

        var large = await CountQueriesAsync(2024);

        large.Should().Be(small).And.BeLessThan(15, "the report is built from a few set-based queries");
    }

    [Fact]
    public async Task The_previous_edition_adds_a_constant_number_of_queries()
    {
        await SeedDemoDataAsync();
        await AddOrganisationsAsync(2025, 10);
        var small = await CountQueriesAsync(2025);
        await AddOrganisationsAsync(2025, 200);

        (await CountQueriesAsync(2025)).Should().Be(small);
    }

    private async Task<int> CountQueriesAsync(int year)
    {
        var counter = new CommandCounter();
        var factory = new CountingFactory(Database.ConnectionString, counter);
        var report = await new ReportBuilder(factory).BuildAsync(year);
        report.Should().NotBeNull();
        return counter.Count;
    }

    private async Task AddOrganisationsAsync(int year, int count)
    {
        await using var db = CreateDbContext();
        var edition = await db.Editions.Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            .SingleAsync(e => e.Year == year);
        var (organisations, responses) = SyntheticData.Create(edition, count, seed: count, keyPrefix: $"q{year}");
        db.Organisations.AddRange(organisations);
        db.Responses.AddRange(responses);
        await db.SaveChangesAsync();
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class CountingFactory(string connectionString, CommandCounter counter) : IDbContextFactory<SurveyDbContext>
    {
        public SurveyDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<SurveyDbContext>().UseSurveyDatabase(connectionString).AddInterceptors(counter).Options);
    }
}
