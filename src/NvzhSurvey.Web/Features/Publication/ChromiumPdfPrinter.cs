using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Prints an HTML document to PDF with one headless Chromium command per print (the fallback of
/// <see cref="WarmChromiumPrinter"/>): a fresh profile and temporary directory per print
/// (always removed), at most <see cref="PublicationSettings.MaxConcurrentPrints"/> at a time, killed with its
/// process tree after <see cref="PublicationSettings.TimeoutSeconds"/>. Failures become a
/// <see cref="PublicationException"/> with a Dutch message, and are logged.
/// </summary>
public sealed class ChromiumPdfPrinter : IDisposable
{
    private readonly PublicationSettings _settings;
    private readonly ILogger<ChromiumPdfPrinter> _logger;
    private readonly SemaphoreSlim _slots;

    public ChromiumPdfPrinter(IOptions<PublicationSettings> settings, ILogger<ChromiumPdfPrinter> logger)
    {
        _settings = settings.Value;
        _logger = logger;
        _slots = new SemaphoreSlim(Math.Max(1, _settings.MaxConcurrentPrints));
    }

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        var chromium = _settings.ChromiumPath;
        if (!File.Exists(chromium))
        {
            _logger.LogError("Chromium not found at {ChromiumPath}", chromium);
            throw new PublicationException($"De PDF kan niet worden gemaakt: Chromium is niet gevonden op '{chromium}'. Stel 'Publication:ChromiumPath' in op het pad van Chromium.");
        }

        await _slots.WaitAsync(cancellationToken);
        var directory = Directory.CreateDirectory(Path.Combine(
            _settings.WorkDirectory ?? Path.GetTempPath(), "nvzh-publicatie-" + Guid.NewGuid().ToString("N")));
        try
        {
            var htmlPath = Path.Combine(directory.FullName, "publicatie.html");
            var pdfPath = Path.Combine(directory.FullName, "publicatie.pdf");
            await File.WriteAllTextAsync(htmlPath, html, new UTF8Encoding(false), cancellationToken);
            return await RunAsync(chromium, htmlPath, pdfPath, Path.Combine(directory.FullName, "profiel"), cancellationToken);
        }
        finally
        {
            _slots.Release();
            DeleteQuietly(directory);
        }
    }

    private async Task<byte[]> RunAsync(string chromium, string htmlPath, string pdfPath, string profile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(chromium)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        // Chromium gets an environment of its own, never the app's (which holds its secrets).
        start.Environment.Clear();
        foreach (var (name, value) in PrinterHardening.Environment(profile))
        {
            start.Environment[name] = value;
        }

        foreach (var argument in Arguments(htmlPath, pdfPath, profile))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            _logger.LogError(exception, "Chromium at {ChromiumPath} could not be started", chromium);
            throw new PublicationException($"De PDF kan niet worden gemaakt: Chromium op '{chromium}' kon niet worden gestart.", exception);
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_settings.TimeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            _logger.LogError("Chromium did not finish within {TimeoutSeconds} s and was stopped", _settings.TimeoutSeconds);
            throw new PublicationException($"De PDF kan niet worden gemaakt: Chromium reageerde niet binnen {_settings.TimeoutSeconds} seconden en is gestopt. Probeer het later opnieuw.");
        }

        var stderr = await TailAsync(errors);
        _ = await TailAsync(output);
        var info = new FileInfo(pdfPath);
        if (process.ExitCode != 0 || !info.Exists || info.Length == 0)
        {
            _logger.LogError("Chromium failed with exit code {ExitCode}: {ChromiumError}", process.ExitCode, stderr);
            throw new PublicationException($"De PDF kan niet worden gemaakt: Chromium is mislukt (afsluitcode {process.ExitCode}).");
        }

        _logger.LogInformation("Printed the publication ({Bytes} bytes) in {Elapsed} ms", info.Length, stopwatch.ElapsedMilliseconds);
        return await File.ReadAllBytesAsync(pdfPath, CancellationToken.None);
    }

    /// <summary>The flags of the issue, the hardening (no name resolution, no scripts), and a fresh profile per print.</summary>
    public static IReadOnlyList<string> Arguments(string htmlPath, string pdfPath, string profile) =>
    [
        .. PrinterHardening.CommonFlags,
        "--no-pdf-header-footer",
        "--generate-pdf-document-outline",
        PrinterHardening.NoNameResolution,
        "--print-to-pdf=" + pdfPath,
        "--user-data-dir=" + profile,
        new Uri(htmlPath).AbsoluteUri,
    ];

    /// <summary>The last part of a stream that is read to its end; gives up after a moment (a child may keep it open).</summary>
    private static async Task<string> TailAsync(Task<string> reading)
    {
        try
        {
            var text = await reading.WaitAsync(TimeSpan.FromSeconds(2));
            return text.Length > 2000 ? text[^2000..] : text;
        }
        catch (TimeoutException)
        {
            return "";
        }
    }

    private void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception exception) when (exception is InvalidOperationException or Win32Exception)
        {
            _logger.LogWarning(exception, "Stopping Chromium failed");
        }
    }

    private void DeleteQuietly(DirectoryInfo directory)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                directory.Delete(recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException) when (attempt < 2)
            {
                // A Chromium helper process may still be closing files in its profile.
                Thread.Sleep(100);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(exception, "Temporary print directory {Directory} could not be removed", directory.FullName);
                return;
            }
        }
    }

    public void Dispose() => _slots.Dispose();
}
