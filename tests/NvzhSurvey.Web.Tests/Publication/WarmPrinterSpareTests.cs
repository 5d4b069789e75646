using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>
/// The warm printer's spare blank page (made after each print for the next one): handed to one print only, never
/// waited for long, closed when its Chromium is replaced, and no browser context left open.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class WarmPrinterSpareTests : IDisposable
{
    /// <summary>Generous on purpose (2 shared cores): the reverted spare made one print wait past 30 s.</summary>
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(15);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("nvzh-warm-spare-");
    private readonly ChromiumPdfPrinter _oneShot;
    private readonly List<WarmChromiumPrinter> _printers = [];

    public WarmPrinterSpareTests() =>
        _oneShot = new ChromiumPdfPrinter(Options.Create(Settings()), NullLogger<ChromiumPdfPrinter>.Instance);

    [Fact]
    public async Task Parallel_prints_each_get_their_own_page_and_a_single_print_after_them_is_quick()
    {
        var printer = Printer(Settings());
        await printer.PrintAsync(Html("Opwarmen"));

        var parallel = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => printer.PrintAsync(Html($"Organisatie{i}"))));
        var stopwatch = Stopwatch.StartNew();
        var single = await printer.PrintAsync(Html("Daarna"));
        stopwatch.Stop();

        for (var i = 1; i <= 8; i++)
        {
            var text = PdfText.Compact(string.Join(' ', PdfText.Pages(parallel[i - 1])));
            text.Should().Contain($"Organisatie{i}", "each print loads its own document into its own page");
            text.Should().NotContainAny(Enumerable.Range(1, 8).Where(j => j != i).Select(j => $"Organisatie{j}Einde"));
        }

        PdfText.Compact(string.Join(' ', PdfText.Pages(single))).Should().Contain("Daarna");
        stopwatch.Elapsed.Should().BeLessThan(Quick, "a print after parallel prints never waits long for the spare");
        printer.LastSteps!.FromSpare.Should().BeTrue("after the parallel prints a spare was made and handed to the next print");
        await NoContextLeftOpenAsync(printer);
    }

    [Fact]
    public async Task The_next_print_works_when_Chromium_was_killed_while_a_spare_was_pending_and_that_spare_is_discarded()
    {
        var printer = Printer(Settings());
        await printer.PrintAsync(Html("Eerste"));
        printer.HasSpare.Should().BeTrue("a spare is made right after a print");
        var killed = printer.BrowserProcessId!.Value;
        using (var chromium = Process.GetProcessById(killed))
        {
            chromium.Kill(entireProcessTree: true);
            await chromium.WaitForExitAsync();
        }

        var stopwatch = Stopwatch.StartNew();
        var pdf = await printer.PrintAsync(Html("Tweede"));

        PdfText.Compact(string.Join(' ', PdfText.Pages(pdf))).Should().Contain("Tweede");
        stopwatch.Elapsed.Should().BeLessThan(Quick);
        printer.BrowserProcessId.Should().NotBeNull().And.NotBe(killed, "a new Chromium was started");
        printer.Contexts.SparesDiscarded.Should().BeGreaterThanOrEqualTo(1, "the dead browser's pending spare is taken out, never handed to a print");
        await NoContextLeftOpenAsync(printer);
    }

    [Fact]
    public async Task A_browser_replaced_at_its_print_limit_is_closed_with_every_context()
    {
        var printer = Printer(Settings(printsPerBrowser: 2));
        await printer.PrintAsync(Html("Een"));
        var first = printer.BrowserProcessId!.Value;
        await printer.PrintAsync(Html("Twee"));
        printer.HasSpare.Should().BeFalse("no spare is made for a browser that reached its print limit");

        await printer.PrintAsync(Html("Drie"));

        printer.BrowserProcessId.Should().NotBe(first, "the browser is replaced after two prints");
        await WaitUntilAsync(() => !IsRunning(first), "the replaced Chromium exits");
        await NoContextLeftOpenAsync(printer);
    }

    [Fact]
    public async Task A_print_does_not_wait_for_a_spare_that_is_not_ready_and_that_spare_is_closed_later()
    {
        var printer = Printer(Settings(spareWait: TimeSpan.Zero));
        for (var i = 1; i <= 5; i++)
        {
            var pdf = await printer.PrintAsync(Html($"Afdruk{i}"));
            PdfText.Compact(string.Join(' ', PdfText.Pages(pdf))).Should().Contain($"Afdruk{i}");
        }

        printer.Contexts.SparesNotReady.Should().BeGreaterThanOrEqualTo(1, "back to back, a spare started a moment ago is not ready yet");
        await NoContextLeftOpenAsync(printer);
    }

    public void Dispose()
    {
        foreach (var printer in _printers)
        {
            printer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _oneShot.Dispose();
        _work.Delete(recursive: true);
    }

    private static string Html(string marker) =>
        $"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Proef</title></head><body><h1>{marker}</h1><p>{marker}Einde</p></body></html>";

    private PublicationSettings Settings(int printsPerBrowser = 100, TimeSpan? spareWait = null) => new()
    {
        ChromiumPath = PublicationFixture.ChromiumPath,
        TimeoutSeconds = 60,
        WorkDirectory = _work.FullName,
        PrintsPerBrowser = printsPerBrowser,
        SpareWait = spareWait ?? TimeSpan.FromSeconds(1),
    };

    private WarmChromiumPrinter Printer(PublicationSettings settings)
    {
        var printer = new WarmChromiumPrinter(Options.Create(settings), _oneShot, TimeProvider.System, NullLogger<WarmChromiumPrinter>.Instance);
        _printers.Add(printer);
        return printer;
    }

    /// <summary>After the printer is disposed, every context it opened (prints' and spares') was closed.</summary>
    private static async Task NoContextLeftOpenAsync(WarmChromiumPrinter printer)
    {
        await printer.DisposeAsync();
        await WaitUntilAsync(() => printer.Contexts.Closed == printer.Contexts.Opened,
            $"every context is closed (opened {printer.Contexts.Opened}, closed {printer.Contexts.Closed})");
        printer.Contexts.Opened.Should().BeGreaterThan(0);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string because)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            deadline.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), because);
            await Task.Delay(50);
        }
    }
}
