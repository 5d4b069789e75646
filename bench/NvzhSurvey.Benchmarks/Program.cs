using System.Globalization;
using NvzhSurvey.Benchmarks;

// Benchmarks print figures (medians); they are not tests. Run them with ./bench.sh.
//   dotnet run -c Release --project bench/NvzhSurvey.Benchmarks -- report
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
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
    case "publication":
        var publication = await PublicationTiming.RunAsync(server, Console.Error);
        Console.WriteLine($"| Publication 2024 ({Environment.ProcessorCount} cores, median of 9, app warm) | median (ms) | min (ms) | max (ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine($"| our part: publication input + HTML | {publication.Ours.Median:F0} | {publication.Ours.Min:F0} | {publication.Ours.Max:F0} |");
        Console.WriteLine($"| warm Chromium (DevTools): printing the saved HTML | {publication.Warm.Median:F0} | {publication.Warm.Min:F0} | {publication.Warm.Max:F0} |");
        Console.WriteLine($"| one-shot `chromium --print-to-pdf` of the same HTML (in turns with the warm one) | {publication.OneShot.Median:F0} | {publication.OneShot.Min:F0} | {publication.OneShot.Max:F0} |");
        Console.WriteLine($"| warm ÷ one-shot | {publication.Warm.Median / publication.OneShot.Median:F2} | | |");
        var steps = publication.Steps;
        Console.WriteLine($"| warm print, median per step: fresh context + blank page {steps.Page:F0} (mostly the spare made after the previous print: {steps.FromSpare}) · load {steps.Load:F0} · print to PDF {steps.Pdf:F0} · close {steps.Close:F0} | | | |");
        Console.WriteLine($"| whole export, not cached: input + HTML + warm print ({publication.Bytes / 1024:N0} KiB PDF) | {publication.Total.Median:F0} | {publication.Total.Min:F0} | {publication.Total.Max:F0} |");
        Console.WriteLine($"| whole export, cached (same input) | {publication.Cached.Median:F1} | {publication.Cached.Min:F1} | {publication.Cached.Max:F1} |");
        break;
    case "benchmark":
        var ob = await OrganisationBenchmarkTiming.RunAsync(server, Console.Error);
        Console.WriteLine($"| \"Uw organisatie vergeleken\" ({Environment.ProcessorCount} cores) | median (ms) | min (ms) | max (ms) | goal |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| one organisation's model, 25 organisations (2024 demo, stored rows; median of 21) | {ob.Demo.Median:F1} | {ob.Demo.Min:F1} | {ob.Demo.Max:F1} | < 50 |");
        Console.WriteLine($"| one organisation's model, 10,000 organisations, closed edition (live; network part cached) | {ob.Live10k.Median:F1} | {ob.Live10k.Min:F1} | {ob.Live10k.Max:F1} | < 200 |");
        Console.WriteLine($"| the same, first request of the edition (network part computed; median of 3) | {ob.LiveFirst10k.Median:F1} | {ob.LiveFirst10k.Min:F1} | {ob.LiveFirst10k.Max:F1} | |");
        Console.WriteLine($"| one organisation's model, 10,000 organisations, published (stored rows; network part cached) | {ob.Stored10k.Median:F1} | {ob.Stored10k.Min:F1} | {ob.Stored10k.Max:F1} | < 200 |");
        Console.WriteLine($"| the same, first request of the edition (network part read from the rows stored at publishing; median of 3) | {ob.StoredFirst10k.Median:F1} | {ob.StoredFirst10k.Min:F1} | {ob.StoredFirst10k.Max:F1} | < 200 |");
        Console.WriteLine($"| storing the 10,000 organisations' rows and network statistics, as publishing does (once) | {ob.Store10k:F0} | | | |");
        Console.WriteLine($"| all {ob.Pdfs} PDFs of the 2024 demo in one ZIP ({ob.ZipBytes / 1024:N0} KiB; median of 3, warm printer) | {ob.Zip.Median:F0} | {ob.Zip.Min:F0} | {ob.Zip.Max:F0} | < 20000 |");
        var parts = ob.ZipParts;
        Console.WriteLine($"| the ZIP's parts one after the other ({parts.Pdfs} PDFs, ms in all): models {parts.Models:F0} · HTML {parts.Html:F0} · prints {parts.Prints:F0}; per print, median: page {parts.Steps.Page:F0} (spare: {parts.Steps.FromSpare}) · load {parts.Steps.Load:F0} · print to PDF {parts.Steps.Pdf:F0} · close {parts.Steps.Close:F0} | | | | |");
        break;
    case "autosave":
        // autosave BASE_URL EMAIL PASSWORD ORGANISATION_ID [CHANGES]
        var result = await AutosaveLatency.RunAsync(new Uri(args[1]), args[2], args[3], int.Parse(args[4]), args.Length > 5 ? int.Parse(args[5]) : 200, Console.Error);
        Console.WriteLine($"| Autosave ({Environment.ProcessorCount} cores) | changes | p50 (ms) | p95 (ms) | max (ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| click → \"Opgeslagen\" | {result.Changes} | {result.P50:F1} | {result.P95:F1} | {result.Max:F1} |");
        break;
    case "interactive":
        // interactive BASE_URL EMAIL PASSWORD ORGANISATION_ID [RUNS]
        var interactive = await InterviewTimeToInteractive.RunAsync(new Uri(args[1]), args[2], args[3], int.Parse(args[4]), args.Length > 5 ? int.Parse(args[5]) : 20, Console.Error);
        Console.WriteLine($"| Interview page in Chromium ({Environment.ProcessorCount} cores; goal: median < 1 s) | navigations | median (ms) | p90 (ms) | min (ms) | max (ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| navigation → interactive form | {interactive.Runs} | {interactive.Median:F0} | {interactive.P90:F0} | {interactive.Min:F0} | {interactive.Max:F0} |");
        break;
    case "publish-public":
        // publish-public CONNECTION_STRING YEAR: prepares the public page for the HTTP benchmark.
        await PublicPagePreparation.RunAsync(args[1], int.Parse(args[2]), Console.Error);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{what}'. Use: report | publication | benchmark | autosave | interactive");
        return 2;
}

return 0;
