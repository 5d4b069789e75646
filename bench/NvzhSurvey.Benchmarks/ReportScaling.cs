using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Benchmarks;

/// <summary>
/// Benchmark 1: our report computation per edition size next to the database's floor — one hand-written SQL
/// aggregate computing the same option counts — and their ratio.
/// </summary>
public static class ReportScaling
{
    public const string FloorSql = """
        SELECT a."OptionId", count(*)
        FROM "Answers" a JOIN "Responses" r ON r."Id" = a."ResponseId"
        WHERE r."EditionId" = @edition AND r."Status" = @completed AND a."OptionId" IS NOT NULL
        GROUP BY a."OptionId"
        """;

    public sealed record Row(int Organisations, Measure.Result Report, Measure.Result Floor, Measure.Result WithPrevious);

    public static async Task<List<Row>> RunAsync(BenchmarkDatabase database, TextWriter log)
    {
        var builder = new ReportBuilder(database.Factory);
        var rows = new List<Row>();
        foreach (var (count, year) in BenchmarkDatabase.Years)
        {
            int editionId;
            await using (var db = database.Factory.CreateDbContext())
            {
                editionId = await db.Editions.Where(e => e.Year == year).Select(e => e.Id).SingleAsync();
            }

            var runs = count >= 10_000 ? 7 : 11;
            var report = await Measure.MedianAsync(runs, () => builder.BuildAsync(year, compareWithPrevious: false), warmups: 2);
            var withPrevious = await Measure.MedianAsync(runs, () => builder.BuildAsync(year), warmups: 1);
            var floor = await Measure.MedianAsync(runs, () => FloorAsync(database.ConnectionString, editionId), warmups: 2);
            log.WriteLine($"  report {count,6:N0} organisations: ours {report.Median,8:F1} ms, floor {floor.Median,8:F1} ms");
            rows.Add(new Row(count, report, floor, withPrevious));
        }

        return rows;
    }

    private static async Task FloorAsync(string connectionString, int editionId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(FloorSql, connection);
        command.Parameters.AddWithValue("edition", editionId);
        command.Parameters.AddWithValue("completed", (int)ResponseStatus.Completed);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<int, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetInt32(0)] = reader.GetInt64(1);
        }
    }
}
