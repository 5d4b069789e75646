using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Benchmarks;

/// <summary>
/// Benchmark 2: the 2024 demo publication with the app warm. Our part (publication input from the database + HTML),
/// Chromium's part (printing the same saved HTML directly) and the whole export.
/// </summary>
public static class PublicationTiming
{
    public sealed record Result(Measure.Result Ours, Measure.Result Chromium, Measure.Result Total, int Bytes);

    public static async Task<Result> RunAsync(string serverConnectionString, TextWriter log)
    {
        const string database = "nvzh_bench_publication";
        await RecreateAsync(serverConnectionString, database);
        await using var app = new App(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database }.ConnectionString);
        using var scope = app.Services.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<PublicationPdfExporter>();
        var snapshots = scope.ServiceProvider.GetRequiredService<PublicationSnapshots>();
        var printer = scope.ServiceProvider.GetRequiredService<ChromiumPdfPrinter>();

        var first = await exporter.ExportAsync(2024, PublicationOptions.Default) ?? throw new InvalidOperationException("No 2024 edition.");
        log.WriteLine($"  publication: {first.Content.Length:N0} bytes");
        string html = "";
        var ours = await Measure.MedianAsync(5, async () =>
        {
            var source = await snapshots.LoadAsync(2024, PublicationOptions.Default);
            html = await exporter.RenderHtmlAsync(source!.Input);
        });
        var chromium = await Measure.MedianAsync(5, () => printer.PrintAsync(html));
        var total = await Measure.MedianAsync(5, () => exporter.ExportAsync(2024, PublicationOptions.Default));
        return new Result(ours, chromium, total, first.Content.Length);
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

    /// <summary>The real app in-process on the benchmark database, with the demo data.</summary>
    // Any type of the web assembly names the app to start (Program would clash with this tool's own).
    private sealed class App(string connectionString) : WebApplicationFactory<ChromiumPdfPrinter>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSolutionRelativeContentRoot("src/NvzhSurvey.Web");
            // Not Production: that refuses demo data and the shipped database password (StartupSettingsCheck).
            builder.UseEnvironment("Testing");
            builder.UseSetting("Mail:LinkBaseUrl", "http://localhost");
            builder.UseSetting("ConnectionStrings:Survey", connectionString);
            builder.UseSetting("Seed:DemoData", "true");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
