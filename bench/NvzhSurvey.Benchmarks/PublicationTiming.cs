using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Benchmarks;

/// <summary>
/// Benchmark 2: the 2024 demo publication with the app warm. Our part (publication input from the database + HTML);
/// printing the same saved HTML with the warm Chromium (DevTools) and, side by side in the same run, with the one-shot
/// <c>chromium --print-to-pdf</c> command; the whole export without the PDF cache (input + HTML + warm print), and a
/// cached export.
/// </summary>
public static class PublicationTiming
{
    public sealed record Result(Measure.Result Ours, Measure.Result Warm, Measure.Result OneShot, Measure.Result Total, Measure.Result Cached, int Bytes, PrintSteps Steps);

    private const int Runs = 9;

    public static async Task<Result> RunAsync(string serverConnectionString, TextWriter log)
    {
        var database = Measure.DatabaseName("publication");
        await RecreateAsync(serverConnectionString, database);
        await using var app = new DemoApp(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database }.ConnectionString);
        using var scope = app.Services.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<PublicationPdfExporter>();
        var snapshots = scope.ServiceProvider.GetRequiredService<PublicationSnapshots>();
        var warm = scope.ServiceProvider.GetRequiredService<PublicationPrinter>();
        var oneShot = scope.ServiceProvider.GetRequiredService<ChromiumPdfPrinter>();

        var first = await exporter.ExportAsync(2024, PublicationOptions.Default) ?? throw new InvalidOperationException("No 2024 edition.");
        log.WriteLine($"  publication: {first.Content.Length:N0} bytes");
        string html = "";
        var ours = await Measure.MedianAsync(Runs, async () =>
        {
            var source = await snapshots.LoadAsync(2024, PublicationOptions.Default);
            html = await exporter.RenderHtmlAsync(source!.Input);
        });
        var warmPrinter = scope.ServiceProvider.GetRequiredService<WarmChromiumPrinter>();
        var steps = new List<PrintSteps>();
        var (warmPrint, oneShotPrint) = await Measure.SideBySideAsync(Runs, async () =>
        {
            await warm.PrintAsync(html);
            steps.Add(warmPrinter.LastSteps!);
        }, () => oneShot.PrintAsync(html));
        var medians = new PrintSteps(Median(steps, s => s.Page), Median(steps, s => s.Load), Median(steps, s => s.Pdf), Median(steps, s => s.Close),
            steps.Count(s => s.FromSpare) > steps.Count / 2);
        var total = await Measure.MedianAsync(Runs, async () =>
        {
            var source = await snapshots.LoadAsync(2024, PublicationOptions.Default);
            await warm.PrintAsync(await exporter.RenderHtmlAsync(source!.Input));
        });
        var cached = await Measure.MedianAsync(Runs, () => exporter.ExportAsync(2024, PublicationOptions.Default));
        return new Result(ours, warmPrint, oneShotPrint, total, cached, first.Content.Length, medians);
    }

    private static double Median(List<PrintSteps> steps, Func<PrintSteps, double> step)
    {
        var sorted = steps.Select(step).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static async Task RecreateAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {database} WITH (FORCE)", $"CREATE DATABASE {database}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
