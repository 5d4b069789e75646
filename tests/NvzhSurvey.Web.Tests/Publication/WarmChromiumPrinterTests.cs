using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>The warm printer: prints over DevTools, survives a killed Chromium, passes no secrets on, reaches nothing.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class WarmChromiumPrinterTests : IAsyncLifetime
{
    private const string Html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Proef</title></head><body><h1>Proef</h1></body></html>";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("nvzh-warm-printer-");
    private WarmChromiumPrinter _printer = default!;
    private ChromiumPdfPrinter _oneShot = default!;

    public Task InitializeAsync()
    {
        var settings = Options.Create(new PublicationSettings { ChromiumPath = PublicationFixture.ChromiumPath, TimeoutSeconds = 30, WorkDirectory = _work.FullName });
        _oneShot = new ChromiumPdfPrinter(settings, NullLogger<ChromiumPdfPrinter>.Instance);
        _printer = new WarmChromiumPrinter(settings, _oneShot, TimeProvider.System, Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddSimpleConsole()).CreateLogger<WarmChromiumPrinter>());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _printer.DisposeAsync();
        _oneShot.Dispose();
        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task It_keeps_one_Chromium_for_several_prints()
    {
        var first = await _printer.PrintAsync(Html);
        var process = _printer.BrowserProcessId;
        var second = await _printer.PrintAsync(Html);

        System.Text.Encoding.ASCII.GetString(first, 0, 5).Should().Be("%PDF-");
        System.Text.Encoding.ASCII.GetString(second, 0, 5).Should().Be("%PDF-");
        process.Should().NotBeNull("the warm printer runs Chromium over DevTools, not the one-shot command");
        _printer.BrowserProcessId.Should().Be(process, "the same Chromium prints again");
    }

    [Fact]
    public async Task The_next_print_works_after_Chromium_was_killed()
    {
        await _printer.PrintAsync(Html);
        var killed = _printer.BrowserProcessId!.Value;
        using (var chromium = Process.GetProcessById(killed))
        {
            chromium.Kill(entireProcessTree: true);
            await chromium.WaitForExitAsync();
        }

        var pdf = await _printer.PrintAsync(Html);

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        _printer.BrowserProcessId.Should().NotBeNull().And.NotBe(killed, "a new Chromium was started");
    }

    [Fact]
    public async Task Chromium_gets_none_of_the_apps_environment()
    {
        const string secret = "NVZH_PRINTER_TEST_SECRET";
        Environment.SetEnvironmentVariable(secret, "geheim-wachtwoord");
        try
        {
            await _printer.PrintAsync(Html);
        }
        finally
        {
            Environment.SetEnvironmentVariable(secret, null);
        }

        _printer.BrowserProcessId.Should().NotBeNull("the warm Chromium prints");
        var environment = await File.ReadAllTextAsync($"/proc/{_printer.BrowserProcessId}/environ");
        var names = environment.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('=')[0]).ToList();
        names.Should().NotContain(secret).And.NotContain("ConnectionStrings__Survey");
        var ours = Environment.GetEnvironmentVariables().Keys.Cast<string>().Except(["PATH", "HOME", "LANG", "PWD"]).ToList();
        ours.Should().NotBeEmpty();
        names.Intersect(ours).Should().BeEmpty("Chromium starts with an empty environment (plus what Debian's wrapper script sets)");
    }

    [Fact]
    public async Task A_page_that_points_at_a_local_server_and_dev_zero_is_printed_without_any_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var html = Hostile(((IPEndPoint)listener.LocalEndpoint).Port, withPolicy: false);
        var stopwatch = Stopwatch.StartNew();

        var pdf = await _printer.PrintAsync(html);

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "file:///dev/zero does not hang the print");
        listener.Pending().Should().BeFalse("the warm printer answers only the document and aborts every other request");
    }

    [Fact]
    public async Task The_one_shot_printer_with_the_publications_policy_makes_no_connection_either()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var html = Hostile(((IPEndPoint)listener.LocalEndpoint).Port, withPolicy: true);

        var pdf = await _oneShot.PrintAsync(html);

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        listener.Pending().Should().BeFalse("the Content-Security-Policy and disabled scripts keep Chromium from fetching");
    }

    /// <summary>Images, a stylesheet, a frame and a script aimed at a listener on this machine, and an image of /dev/zero.</summary>
    internal static string Hostile(int port, bool withPolicy) => $$"""
        <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
        {{(withPolicy ? $"<meta http-equiv=\"Content-Security-Policy\" content=\"{PrinterHardening.ContentSecurityPolicy}\">" : "")}}
        <title>Proef</title><link rel="stylesheet" href="http://127.0.0.1:{{port}}/stijl.css">
        <style>body { background: url("http://127.0.0.1:{{port}}/achtergrond.png"); }</style></head>
        <body><h1>Proef</h1><img src="http://127.0.0.1:{{port}}/plaatje.png" alt=""><img src="http://localhost:{{port}}/plaatje.png" alt="">
        <img src="file:///dev/zero" alt=""><iframe src="http://127.0.0.1:{{port}}/"></iframe>
        <script>fetch("http://127.0.0.1:{{port}}/script");</script></body></html>
        """;
}
