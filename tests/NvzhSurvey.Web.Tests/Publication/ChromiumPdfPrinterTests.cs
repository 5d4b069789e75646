using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>The printer fails clearly (in Dutch) and cleans up when Chromium is missing, fails or hangs.</summary>
public sealed class ChromiumPdfPrinterTests : IDisposable
{
    private const string Html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Proef</title></head><body><h1>Proef</h1></body></html>";
    private readonly DirectoryInfo _scripts = Directory.CreateTempSubdirectory("nvzh-printer-test-");
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("nvzh-printer-work-");

    [Fact]
    public async Task A_missing_Chromium_gives_a_clear_Dutch_error()
    {
        using var printer = Printer("/bestaat/niet/chromium");

        var print = () => printer.PrintAsync(Html);

        await print.Should().ThrowAsync<PublicationException>()
            .WithMessage("De PDF kan niet worden gemaakt: Chromium is niet gevonden op '/bestaat/niet/chromium'.*Publication:ChromiumPath*");
    }

    [Fact]
    public async Task A_hanging_Chromium_is_killed_after_the_timeout_and_its_files_are_removed()
    {
        var arguments = Path.Combine(_scripts.FullName, "arguments.txt");
        using var printer = Printer(Script($"echo \"$@\" > {arguments}\nsleep 120"), timeoutSeconds: 2);
        var stopwatch = Stopwatch.StartNew();

        var print = () => printer.PrintAsync(Html);

        await print.Should().ThrowAsync<PublicationException>()
            .WithMessage("De PDF kan niet worden gemaakt: Chromium reageerde niet binnen 2 seconden en is gestopt.*");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        var printDirectory = PrintDirectory(arguments);
        Directory.Exists(printDirectory).Should().BeFalse("the temporary files are always removed");
    }

    [Fact]
    public async Task A_failing_Chromium_gives_its_exit_code_and_the_exact_flags_were_passed()
    {
        var arguments = Path.Combine(_scripts.FullName, "arguments.txt");
        using var printer = Printer(Script($"echo \"$@\" > {arguments}\necho kapot >&2\nexit 3"));

        var print = () => printer.PrintAsync(Html);

        await print.Should().ThrowAsync<PublicationException>().WithMessage("De PDF kan niet worden gemaakt: Chromium is mislukt (afsluitcode 3).");
        var passed = (await File.ReadAllTextAsync(arguments)).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        passed.Should().Contain("--host-resolver-rules=MAP").And.Contain("~NOTFOUND", "no host name resolves");
        passed.Take(10).Should().Equal("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup",
            "--no-pdf-header-footer", "--generate-pdf-document-outline");
        passed.Should().Contain(a => a.StartsWith("--print-to-pdf=", StringComparison.Ordinal))
            .And.Contain(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal))
            .And.Contain(a => a.StartsWith("file:///", StringComparison.Ordinal));
        Directory.Exists(PrintDirectory(arguments)).Should().BeFalse();
    }

    [Fact]
    public async Task Chromium_gets_an_environment_of_its_own_not_the_apps()
    {
        var environment = Path.Combine(_scripts.FullName, "environment.txt");
        using var printer = Printer(Script($"env > {environment}\nexit 3"));
        Environment.SetEnvironmentVariable("NVZH_PRINTER_TEST_SECRET", "geheim");
        try
        {
            await printer.Invoking(p => p.PrintAsync(Html)).Should().ThrowAsync<PublicationException>();
        }
        finally
        {
            Environment.SetEnvironmentVariable("NVZH_PRINTER_TEST_SECRET", null);
        }

        var names = (await File.ReadAllLinesAsync(environment)).Select(line => line.Split('=')[0]).ToList();
        names.Should().NotContain("NVZH_PRINTER_TEST_SECRET").And.Contain("PATH").And.Contain("HOME");
        names.Except(["PATH", "HOME", "LANG", "PWD", "SHLVL", "_"]).Should().BeEmpty("only the variables of PrinterHardening.Environment are passed");
    }

    [Fact]
    public async Task The_real_Chromium_prints_a_pdf_and_leaves_nothing_behind()
    {
        using var printer = Printer(PublicationFixture.ChromiumPath);

        var pdf = await printer.PrintAsync(Html);

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        Directory.GetFileSystemEntries(_work.FullName).Should().BeEmpty("the print's folder is removed");
    }

    /// <summary>A printer with a work folder of this test's own: other tests print at the same time.</summary>
    private ChromiumPdfPrinter Printer(string path, int timeoutSeconds = 60) =>
        new(Options.Create(new PublicationSettings { ChromiumPath = path, TimeoutSeconds = timeoutSeconds, WorkDirectory = _work.FullName }),
            NullLogger<ChromiumPdfPrinter>.Instance);

    private string Script(string body)
    {
        var path = Path.Combine(_scripts.FullName, "chromium");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    /// <summary>The print's temporary directory, from the --print-to-pdf flag the script received.</summary>
    private static string PrintDirectory(string argumentsFile)
    {
        var flag = File.ReadAllText(argumentsFile).Split(' ').Single(a => a.StartsWith("--print-to-pdf=", StringComparison.Ordinal));
        return Path.GetDirectoryName(flag["--print-to-pdf=".Length..])!;
    }

    public void Dispose()
    {
        _scripts.Delete(recursive: true);
        _work.Delete(recursive: true);
    }
}
