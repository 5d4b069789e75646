using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Benchmarks;

/// <summary>
/// A benchmark database with one edition per size (25, 1,000 and 10,000 synthetic organisations with locations and
/// full answers). Created once and reused by later runs (the seeding takes a while); delete it with
/// <c>DROP DATABASE nvzh_bench</c> to start over.
/// </summary>
public sealed class BenchmarkDatabase(string serverConnectionString)
{
    public const string Name = "nvzh_bench";

    /// <summary>Edition year per organisation count; far apart so none is another's previous edition by accident.</summary>
    public static readonly IReadOnlyDictionary<int, int> Years = new Dictionary<int, int> { [25] = 2901, [1_000] = 2902, [10_000] = 2903 };

    public string ConnectionString => new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = Name }.ConnectionString;

    public IDbContextFactory<SurveyDbContext> Factory => new PlainFactory(ConnectionString);

    public async Task EnsureAsync(TextWriter log)
    {
        await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await server.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{Name}'", server);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {Name}", server);
                await create.ExecuteNonQueryAsync();
            }
        }

        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        foreach (var (count, year) in Years)
        {
            await using var db = Factory.CreateDbContext();
            if (await db.Editions.AnyAsync(e => e.Year == year))
            {
                continue;
            }

            log.WriteLine($"  seeding {count:N0} organisations for edition {year} (once) ...");
            await SeedAsync(count, year);
        }

        await using (var db = Factory.CreateDbContext())
        {
            // Fresh statistics and visibility map (index-only scans), as autovacuum keeps them on a live database.
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
    }

    private async Task SeedAsync(int count, int year)
    {
        Edition edition;
        await using (var db = Factory.CreateDbContext())
        {
            edition = new Edition { Year = year, Status = EditionStatus.Closed, MembersTotal = count * 2, LocationsAllMembers = count * 8, Sections = QuestionnaireDefinition.Load2024().ToSections() };
            db.Editions.Add(edition);
            await db.SaveChangesAsync();
        }

        const int batch = 500;
        for (var offset = 0; offset < count; offset += batch)
        {
            await using var db = Factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Attach(edition);
            var (organisations, responses) = SyntheticData.Create(edition, Math.Min(batch, count - offset), seed: year * 100 + offset / batch, keyPrefix: $"b{year}");
            db.Organisations.AddRange(organisations);
            db.Responses.AddRange(responses);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>No audit interceptor: the benchmark data is bulk-loaded, not edited.</summary>
    private sealed class PlainFactory(string connectionString) : IDbContextFactory<SurveyDbContext>
    {
        public SurveyDbContext CreateDbContext() =>
            new(Log(new DbContextOptionsBuilder<SurveyDbContext>().UseSurveyDatabase(connectionString)).Options);

        // NVZH_BENCH_SQL=1 prints every SQL command, to check what the report really asks the database.
        private static DbContextOptionsBuilder<SurveyDbContext> Log(DbContextOptionsBuilder<SurveyDbContext> builder) =>
            Environment.GetEnvironmentVariable("NVZH_BENCH_SQL") == "1"
                ? builder.LogTo(Console.Error.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted])
                : builder;
    }
}
