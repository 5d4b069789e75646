using System.Diagnostics;
using Npgsql;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests.Operations;

/// <summary>The backup procedure of docs/operations.md: pg_dump, pg_restore into a new database, same report.</summary>
public class BackupRestoreTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task A_dump_restored_into_a_new_database_gives_the_same_reports()
    {
        await SeedDemoDataAsync();
        var dump = Path.Combine(Path.GetTempPath(), $"nvzh-{Guid.NewGuid():N}.dump");
        await using var copy = await TestDatabase.CreateAsync("nvzh_restore", migrate: false);
        try
        {
            await RunAsync("pg_dump", $"--format=custom --no-owner --file={dump} --dbname={Uri(Database.ConnectionString)}");
            await RunAsync("pg_restore", $"--no-owner --exit-on-error --dbname={Uri(copy.ConnectionString)} {dump}");

            foreach (var year in new[] { 2024, 2025 })
            {
                var original = ReportJson.Write((await new ReportBuilder(Database.CreateFactory()).BuildAsync(year))!).ToJsonString();
                var restored = ReportJson.Write((await new ReportBuilder(copy.CreateFactory()).BuildAsync(year))!).ToJsonString();
                restored.Should().Be(original, $"the {year} report is the same after restore");
            }

            await using var db = copy.CreateDbContext();
            db.Organisations.Count().Should().Be(49);
            db.AuditEntries.Count().Should().BeGreaterThan(0, "the audit log is part of the backup");
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private static string Uri(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Username}:{b.Password}@{b.Host}:{b.Port}/{b.Database}";
    }

    private static async Task RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"{tool} failed: {errors}");
    }
}
