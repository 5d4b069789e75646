using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Web.Features.Benchmarks;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Benchmarks;

/// <summary>
/// Benchmark 5 (issue 14), "Uw organisatie vergeleken": one organisation's model at 25 organisations (the 2024 demo,
/// published: from the stored rows) and at 10,000 synthetic organisations in a throwaway database (live for a closed
/// edition, and from the stored rows once published); and every participant's PDF of the 2024 demo in one ZIP.
/// </summary>
public static class OrganisationBenchmarkTiming
{
    public sealed record Result(Measure.Result Demo, Measure.Result Live10k, Measure.Result Stored10k, Measure.Result Zip, int ZipBytes, int Pdfs,
        Measure.Result LiveFirst10k, Measure.Result StoredFirst10k, ZipProfile ZipParts, double Store10k);

    /// <summary>Runs of the first request of an edition (a query with an empty network cache: the network part computed).</summary>
    private const int FirstRuns = 3;

    private const int Runs = 21;
    private const int Organisations = 10_000;
    private const int Year = 2950;

    public static async Task<Result> RunAsync(string server, TextWriter log)
    {
        var staff = Actor.Staff(null, "benchmark");
        var demoDatabase = Measure.DatabaseName("orgbenchmark_demo");
        await RecreateAsync(server, demoDatabase);
        await using var app = new DemoApp(Connection(server, demoDatabase));
        using var scope = app.Services.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<BenchmarkQuery>();
        var zipBuilder = scope.ServiceProvider.GetRequiredService<BenchmarkZipBuilder>();
        var demo = await Measure.MedianAsync(Runs, () => query.GetAsync(staff, 2024, "demo-12"));
        byte[] zip = [];
        await scope.ServiceProvider.GetRequiredService<PublicationPrinter>().PrintAsync("<!DOCTYPE html><p>warm</p>"); // start the warm printer
        var zipTime = await Measure.MedianAsync(3, async () => zip = (await zipBuilder.BuildAsync(staff, 2024, null))!, warmups: 0);
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        var zipProfile = await ProfileZipAsync(scope.ServiceProvider, query, staff);

        var largeDatabase = Measure.DatabaseName("orgbenchmark_10k");
        var factory = await SeedAsync(server, largeDatabase, log);
        var large = new BenchmarkQuery(factory);
        var key = await KeyAsync(factory);
        var liveFirst = await Measure.MedianAsync(FirstRuns, () => new BenchmarkQuery(factory).GetAsync(staff, Year, key), warmups: 0);
        var live = await Measure.MedianAsync(Runs, () => large.GetAsync(staff, Year, key));
        double store;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var edition = await db.Editions.SingleAsync(e => e.Year == Year);
            var publishing = System.Diagnostics.Stopwatch.StartNew();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await BenchmarkSnapshot.StoreAsync(db, edition.Id, Year, default); // as in the publishing transaction
                await transaction.CommitAsync();
            }

            store = publishing.Elapsed.TotalMilliseconds;
            await db.Editions.Where(e => e.Id == edition.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Published));
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"BenchmarkFigureValues\"");
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"BenchmarkChoices\"");
        }

        var storedFirst = await Measure.MedianAsync(FirstRuns, () => new BenchmarkQuery(factory).GetAsync(staff, Year, key), warmups: 0);
        var stored = await Measure.MedianAsync(Runs, () => large.GetAsync(staff, Year, key));
        if ((await large.GetAsync(staff, Year, key)).Benchmark is not { FromSnapshot: true } check || check.Figures[0].N < Organisations / 2)
        {
            throw new InvalidOperationException("The 10,000-organisation benchmark did not come from the stored rows.");
        }

        return new Result(demo, live, stored, zipTime, zip.Length, archive.Entries.Count, liveFirst, storedFirst, zipProfile, store);
    }

    /// <summary>Where the ZIP's time goes, one PDF after the other: the 25 models, their HTML, and each print's steps.</summary>
    private static async Task<ZipProfile> ProfileZipAsync(IServiceProvider services, BenchmarkQuery query, Actor staff)
    {
        var exporter = services.GetRequiredService<BenchmarkPdfExporter>();
        var printer = services.GetRequiredService<PublicationPrinter>();
        var warm = services.GetRequiredService<WarmChromiumPrinter>();
        var participants = (await query.ParticipantsAsync(staff, 2024))!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var models = new List<NvzhSurvey.Core.Benchmarks.OrganisationBenchmark>();
        foreach (var participant in participants)
        {
            models.Add((await query.GetAsync(staff, 2024, participant.Key)).Benchmark!);
        }

        var modelTime = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var htmls = new List<string>();
        foreach (var model in models)
        {
            htmls.Add(await exporter.RenderHtmlAsync(model));
        }

        var htmlTime = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var steps = new List<PrintSteps>();
        foreach (var html in htmls)
        {
            await printer.PrintAsync(html);
            steps.Add(warm.LastSteps!);
        }

        var printTime = clock.Elapsed.TotalMilliseconds;
        double Median(Func<PrintSteps, double> step) => steps.Select(step).Order().ElementAt(steps.Count / 2);
        return new ZipProfile(participants.Count, modelTime, htmlTime, printTime,
            new PrintSteps(Median(s => s.Page), Median(s => s.Load), Median(s => s.Pdf), Median(s => s.Close), steps.Count(s => s.FromSpare) > steps.Count / 2));
    }

    /// <summary>The ZIP's parts one after the other (milliseconds in all) and the median steps of its prints.</summary>
    public sealed record ZipProfile(int Pdfs, double Models, double Html, double Prints, PrintSteps Steps);

    private static async Task<string> KeyAsync(IDbContextFactory<SurveyDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Responses.Where(r => r.Edition!.Year == Year && r.Status == NvzhSurvey.Core.Responses.ResponseStatus.Completed)
            .OrderBy(r => r.Id).Select(r => r.Organisation!.Key).FirstAsync();
    }

    private static async Task<IDbContextFactory<SurveyDbContext>> SeedAsync(string server, string database, TextWriter log)
    {
        await RecreateAsync(server, database);
        var factory = new PooledFactory(Connection(server, database));
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        log.WriteLine($"  seeding {Organisations:N0} organisations in {database} (throwaway) ...");
        var edition = new Edition { Year = Year, Status = EditionStatus.Closed, Sections = QuestionnaireDefinition.Load2024().ToSections() };
        await using (var db = factory.CreateDbContext())
        {
            db.Editions.Add(edition);
            await db.SaveChangesAsync();
        }

        for (var offset = 0; offset < Organisations; offset += 500)
        {
            await using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Attach(edition);
            var (organisations, responses) = SyntheticData.Create(edition, 500, seed: Year * 100 + offset / 500, keyPrefix: "ob");
            db.Organisations.AddRange(organisations);
            db.Responses.AddRange(responses);
            await db.SaveChangesAsync();
        }

        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }

        return factory;
    }

    private static string Connection(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task RecreateAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(Connection(server, "postgres"));
        await connection.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {database} WITH (FORCE)", $"CREATE DATABASE {database}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private sealed class PooledFactory(string connectionString) : IDbContextFactory<SurveyDbContext>
    {
        public SurveyDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<SurveyDbContext>().UseSurveyDatabase(connectionString).Options);
    }
}
