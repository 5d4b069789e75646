using System.Globalization;
using NvzhSurvey.Benchmarks;

// Benchmarks print figures (medians); they are not tests. Run them with ./bench.sh.
//   dotnet run -c Release --project bench/NvzhSurvey.Benchmarks -- report
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var server = Environment.GetEnvironmentVariable("NVZH_TEST_POSTGRES") is { Length: > 0 } configured
    ? configured
    : "Host=localhost;Username=nvzh;Password=nvzh";
var what = args.FirstOrDefault() ?? "report";

switch (what)
{
    case "report":
        var database = new BenchmarkDatabase(server);
        Console.Error.WriteLine("Report scaling: preparing the benchmark database ...");
        await database.EnsureAsync(Console.Error);
        var rows = await ReportScaling.RunAsync(database, Console.Error);
        Console.WriteLine($"| Report scaling ({Environment.ProcessorCount} cores) | organisations | ours (median ms) | floor SQL (median ms) | ratio | ours incl. previous edition (median ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            Console.WriteLine($"| report | {row.Organisations:N0} | {row.Report.Median:F1} | {row.Floor.Median:F1} | {row.Report.Median / row.Floor.Median:F2} | {row.WithPrevious.Median:F1} |");
        }

        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{what}'. Use: report");
        return 2;
}

return 0;
