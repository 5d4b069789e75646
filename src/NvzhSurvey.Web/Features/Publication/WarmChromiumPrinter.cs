using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Publication;
using PuppeteerSharp;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Prints with one headless Chromium that keeps running (<see cref="WarmBrowser"/>), so an export does not pay
/// for a browser start. The browser is replaced after <see cref="PublicationSettings.PrintsPerBrowser"/> prints,
/// when it crashed (a print that met a dead browser is tried once more on a new one) and when a print hung (it is
/// killed after <see cref="PublicationSettings.TimeoutSeconds"/>). When Chromium cannot be started this way, the
/// one-shot <see cref="ChromiumPdfPrinter"/> prints instead, and starting is tried again a minute later.
/// After each print (and at launch) the browser makes the next print's fresh context and blank page in the background
/// (the "spare"), so an export after an idle moment does not wait for Chromium to start a renderer; a print waits
/// for a spare that is not ready yet at most <see cref="PublicationSettings.SpareWait"/> and otherwise makes its own page.
/// </summary>
public sealed class WarmChromiumPrinter(
    IOptions<PublicationSettings> options,
    ChromiumPdfPrinter oneShot,
    TimeProvider clock,
    ILogger<WarmChromiumPrinter> logger) : IAsyncDisposable
{
    private static readonly TimeSpan RetryStartAfter = TimeSpan.FromMinutes(1);
    private readonly PublicationSettings _settings = options.Value;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private WarmBrowser? _browser;
    private DateTimeOffset _noStartBefore = DateTimeOffset.MinValue;
    private bool _disposed;

    private TimeSpan Timeout => TimeSpan.FromSeconds(_settings.TimeoutSeconds);

    /// <summary>The running Chromium's process id (for tests and diagnostics); null when none runs.</summary>
    public int? BrowserProcessId => _browser is { IsAlive: true } browser ? browser.ProcessId : null;

    /// <summary>Browser contexts opened and closed over every Chromium this printer started (tests, diagnostics).</summary>
    public PrinterContexts Contexts { get; } = new();

    /// <summary>True while the running Chromium has a spare blank page pending or ready.</summary>
    internal bool HasSpare => _browser is { } browser && browser.HasSpare;

    /// <summary>Where the last warm print spent its time (for the benchmark and diagnostics); null before the first.</summary>
    public PrintSteps? LastSteps { get; private set; }

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var browser = _settings.WarmPrinter ? await AcquireAsync(cancellationToken) : null;
            if (browser is null)
            {
                return await oneShot.PrintAsync(html, cancellationToken);
            }

            try
            {
                return await PrintWithAsync(browser, html, cancellationToken);
            }
            catch (Exception exception) when (attempt == 1 && IsBrowserGone(browser, exception))
            {
                logger.LogWarning("The warm Chromium was gone during a print; printing again with a new one");
                browser.Retire();
            }
            finally
            {
                browser.Exit();
            }
        }
    }

    private async Task<byte[]> PrintWithAsync(WarmBrowser browser, string html, CancellationToken cancellationToken)
    {
        try
        {
            var (pdf, steps) = await browser.PrintAsync(html, Timeout, cancellationToken).WaitAsync(Timeout + TimeSpan.FromSeconds(1), cancellationToken);
            LastSteps = steps;
            if (browser.Prints < _settings.PrintsPerBrowser)
            {
                browser.PrepareSpare();
            }

            logger.LogInformation(
                "Printed the publication ({Bytes} bytes) with the warm Chromium in {Elapsed:F0} ms (page {Page:F0}{Spare}, load {Load:F0}, pdf {Pdf:F0}, close {Close:F0})",
                pdf.Length, steps.Total, steps.Page, steps.FromSpare ? " (spare)" : "", steps.Load, steps.Pdf, steps.Close);
            return pdf;
        }
        catch (Exception exception) when ((exception is TimeoutException || exception.InnerException is TimeoutException) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("The warm Chromium did not finish a print within {TimeoutSeconds} s and was stopped", _settings.TimeoutSeconds);
            browser.Kill();
            throw new PublicationException($"De PDF kan niet worden gemaakt: Chromium reageerde niet binnen {_settings.TimeoutSeconds} seconden en is gestopt. Probeer het later opnieuw.");
        }
    }

    private static bool IsBrowserGone(WarmBrowser browser, Exception exception) =>
        exception is PuppeteerException or ObjectDisposedException or InvalidOperationException && !browser.IsAlive;

    /// <summary>The running browser, entered for one print; starts one when needed; null: print one-shot.</summary>
    private async Task<WarmBrowser?> AcquireAsync(CancellationToken cancellationToken)
    {
        if (_browser is { } current && current.IsAlive && current.Prints < _settings.PrintsPerBrowser && current.TryEnter())
        {
            return current;
        }

        await _starting.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { } running)
            {
                if (running.IsAlive && running.Prints < _settings.PrintsPerBrowser && running.TryEnter())
                {
                    return running;
                }

                running.Retire();
                _browser = null;
            }

            if (_disposed || clock.GetUtcNow() < _noStartBefore || !File.Exists(_settings.ChromiumPath))
            {
                return null;
            }

            try
            {
                var started = await WarmBrowser.LaunchAsync(_settings, TimeSpan.FromSeconds(Math.Min(_settings.TimeoutSeconds, 30)), Contexts);
                logger.LogInformation("Started a warm Chromium (process {ProcessId})", started.ProcessId);
                started.PrepareSpare(); // the print that started it takes this one (it is no slower than making its own)
                started.TryEnter();
                _browser = started;
                return started;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _noStartBefore = clock.GetUtcNow() + RetryStartAfter;
                logger.LogWarning(exception, "The warm Chromium could not be started; printing with one Chromium per print for now");
                return null;
            }
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _starting.WaitAsync();
        try
        {
            _disposed = true;
            if (_browser is { } browser)
            {
                _browser = null;
                await browser.DisposeAsync();
            }
        }
        finally
        {
            _starting.Release();
        }
    }
}
