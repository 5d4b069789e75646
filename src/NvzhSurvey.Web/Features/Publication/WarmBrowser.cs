using System.Net;
using System.Text;
using PuppeteerSharp;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// One running headless Chromium, driven over the DevTools protocol. Each print gets a fresh browser context
/// (no cookies, cache or storage shared between prints) with JavaScript off and every request aborted except the
/// document itself, which is answered from memory; <c>data:</c> images and fonts never reach the network layer.
/// Chromium starts through <c>env -i</c>, so it gets only the environment of <see cref="PrinterHardening"/>.
/// </summary>
internal sealed class WarmBrowser : IAsyncDisposable
{
    /// <summary>The address the document is served under; it never resolves (and is answered before it would).</summary>
    private const string DocumentUrl = "https://publicatie.invalid/";

    private readonly IBrowser _browser;
    private readonly DirectoryInfo _directory;
    private readonly object _gate = new();
    private readonly PrinterContexts _contexts;
    private readonly TimeSpan _spareWait;
    private Task<BlankPage>? _spare;
    private int _active;
    private bool _retired;
    private bool _disposed;

    private WarmBrowser(IBrowser browser, DirectoryInfo directory, PrinterContexts contexts, TimeSpan spareWait)
    {
        _spareWait = spareWait;
        _browser = browser;
        _directory = directory;
        _contexts = contexts;
    }

    /// <summary>A fresh browser context with one blank page (JavaScript off, request interception on), for one print.</summary>
    private sealed record BlankPage(IBrowserContext Context, IPage Page);

    /// <summary>Prints started with this browser (a browser is replaced after a set number).</summary>
    public int Prints { get; private set; }

    public int? ProcessId => _browser.Process?.Id;

    /// <summary>False once Chromium crashed, was killed or was disconnected.</summary>
    public bool IsAlive => _browser.IsConnected && _browser.Process is { HasExited: false };

    public static async Task<WarmBrowser> LaunchAsync(PublicationSettings settings, TimeSpan timeout, PrinterContexts contexts)
    {
        var directory = Directory.CreateDirectory(Path.Combine(
            settings.WorkDirectory ?? Path.GetTempPath(), "nvzh-chromium-" + Guid.NewGuid().ToString("N")));
        var profile = Path.Combine(directory.FullName, "profiel");
        try
        {
            var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                // env -i: Chromium starts with an empty environment plus the few variables it needs.
                ExecutablePath = "/usr/bin/env",
                IgnoreDefaultArgs = true,
                // PuppeteerSharp joins the arguments with spaces into one command line: quote what has spaces.
                Args = [.. LaunchArguments(settings.ChromiumPath, directory.FullName, profile).Select(Quote)],
                Headless = true,
                Timeout = (int)timeout.TotalMilliseconds,
                DefaultViewport = null,
            });
            return new WarmBrowser(browser, directory, contexts, settings.SpareWait);
        }
        catch
        {
            DeleteQuietly(directory);
            throw;
        }
    }

    /// <summary>What /usr/bin/env receives: the cleared environment, Chromium and its flags.</summary>
    public static IEnumerable<string> LaunchArguments(string chromium, string home, string profile)
    {
        yield return "-i";
        foreach (var (name, value) in PrinterHardening.Environment(home))
        {
            yield return $"{name}={value}";
        }

        yield return chromium;
        foreach (var flag in PrinterHardening.CommonFlags)
        {
            yield return flag;
        }

        yield return PrinterHardening.NoNameResolution;
        yield return "--export-tagged-pdf";
        yield return "--generate-pdf-document-outline";
        yield return "--disable-dev-shm-usage";
        yield return "--remote-debugging-port=0";
        yield return "--user-data-dir=" + profile;
    }

    private static string Quote(string argument) =>
        argument.Contains(' ', StringComparison.Ordinal) || argument.Contains('"', StringComparison.Ordinal)
            ? "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : argument;

    /// <summary>Counts a print in; false when the browser is retired (the caller takes a new one).</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_retired)
            {
                return false;
            }

            _active++;
            Prints++;
            return true;
        }
    }

    public void Exit()
    {
        bool close;
        lock (_gate)
        {
            _active--;
            close = _retired && _active == 0;
        }

        if (close)
        {
            _ = DisposeAsync().AsTask();
        }
    }

    /// <summary>No new prints; closed as soon as the running ones are done.</summary>
    public void Retire()
    {
        bool close;
        lock (_gate)
        {
            if (_retired)
            {
                return;
            }

            _retired = true;
            close = _active == 0;
        }

        DiscardSpare();
        if (close)
        {
            _ = DisposeAsync().AsTask();
        }
    }

    public async Task<(byte[] Pdf, PrintSteps Steps)> PrintAsync(string html, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        double Lap()
        {
            var elapsed = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            return elapsed;
        }

        var (blank, fromSpare) = await TakeBlankPageAsync(cancellationToken);
        var page = blank.Page;
        double pageTime = Lap(), loadTime = 0, pdfTime = 0;
        byte[] pdf;
        try
        {
            var body = Encoding.UTF8.GetBytes(html);
            var served = false;
            page.Request += async (_, e) =>
            {
                try
                {
                    if (!served && e.Request.IsNavigationRequest && e.Request.Url == DocumentUrl)
                    {
                        served = true;
                        await e.Request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = "text/html; charset=utf-8", BodyData = body });
                    }
                    else
                    {
                        await e.Request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
                    }
                }
                catch (PuppeteerException)
                {
                    // The page was closed while the request was being answered.
                }
            };

            var milliseconds = (int)timeout.TotalMilliseconds;
            await page.GoToAsync(DocumentUrl, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = milliseconds })
                .WaitAsync(cancellationToken);
            loadTime = Lap();
            pdf = await page.PdfDataAsync(new PdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,
                DisplayHeaderFooter = false,
                Tagged = true,
                Outline = true,
                WaitForFonts = false,
                Timeout = milliseconds,
            }).WaitAsync(cancellationToken);
            pdfTime = Lap();
        }
        finally
        {
            // The browser may be gone already; it is replaced before the next print.
            await CloseAsync(blank.Context);
        }

        return (pdf, new PrintSteps(pageTime, loadTime, pdfTime, Lap(), fromSpare));
    }

    /// <summary>
    /// The spare blank page when it is ready (or becomes ready within <see cref="PublicationSettings.SpareWait"/>), else a new one made
    /// now. The spare is taken out under the lock, so it goes to one print only; one that was not ready in time is
    /// closed when it is done and never handed out.
    /// </summary>
    private async Task<(BlankPage Page, bool FromSpare)> TakeBlankPageAsync(CancellationToken cancellationToken)
    {
        if (TakeOutSpare() is { } spare)
        {
            try
            {
                return (await spare.WaitAsync(_spareWait, cancellationToken), true);
            }
            catch (TimeoutException)
            {
                _contexts.CountSpareNotReady();
                CloseWhenDone(spare);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The spare failed (the browser may be gone: then making a page fails too and the printer replaces it).
            }
        }

        return (await NewBlankPageAsync().WaitAsync(cancellationToken), false);
    }

    /// <summary>
    /// Starts making the next print's blank page in the background, unless one is pending already or the browser is
    /// retired or dead. Called after a print and at launch, so an export after an idle moment finds one ready.
    /// </summary>
    public void PrepareSpare()
    {
        lock (_gate)
        {
            if (_spare is not null || _retired || !IsAlive)
            {
                return;
            }

            _spare = Task.Run(NewBlankPageAsync);
        }
    }

    /// <summary>True while a spare is being made or waits for a print (for tests and diagnostics).</summary>
    public bool HasSpare
    {
        get
        {
            lock (_gate)
            {
                return _spare is not null;
            }
        }
    }

    /// <summary>
    /// Making a blank page is bounded too: a DevTools call that never answers (seen when the browser is closed while
    /// a page is being made) would otherwise leave a spare pending forever and its context uncounted.
    /// </summary>
    private static readonly TimeSpan PageLimit = TimeSpan.FromSeconds(10);

    private async Task<BlankPage> NewBlankPageAsync()
    {
        var context = await _browser.CreateBrowserContextAsync().WaitAsync(PageLimit);
        _contexts.CountOpened();
        try
        {
            var page = await context.NewPageAsync().WaitAsync(PageLimit);
            await page.SetJavaScriptEnabledAsync(false).WaitAsync(PageLimit);
            // Laid out with the print styles from the start: printing then does not restyle the page from screen to
            // print (ADR 021). The document is only ever printed.
            await page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Print).WaitAsync(PageLimit);
            await page.SetRequestInterceptionAsync(true).WaitAsync(PageLimit);
            return new BlankPage(context, page);
        }
        catch
        {
            await CloseAsync(context);
            throw;
        }
    }

    /// <summary>The pending spare, taken out under the lock so only one caller ever gets it; null when there is none.</summary>
    private Task<BlankPage>? TakeOutSpare()
    {
        lock (_gate)
        {
            var spare = _spare;
            _spare = null;
            return spare;
        }
    }

    /// <summary>Takes the pending spare out (no print gets it any more) and closes it when it is done.</summary>
    private void DiscardSpare()
    {
        if (TakeOutSpare() is { } spare)
        {
            _contexts.CountSpareDiscarded();
            CloseWhenDone(spare);
        }
    }

    private void CloseWhenDone(Task<BlankPage> spare) => _ = CloseWhenDoneAsync(spare);

    private async Task CloseWhenDoneAsync(Task<BlankPage> spare)
    {
        BlankPage blank;
        try
        {
            blank = await spare;
        }
        catch (Exception)
        {
            // Making it failed; NewBlankPageAsync closed its context already.
            return;
        }

        await CloseAsync(blank.Context);
    }

    private async Task CloseAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is PuppeteerException or ObjectDisposedException or InvalidOperationException or TimeoutException)
        {
            // The browser is gone already (its contexts went with it), or it hangs and is killed.
        }
        finally
        {
            _contexts.CountClosed();
        }
    }

    /// <summary>Kills Chromium with its helper processes (a hang or a crash), then releases everything.</summary>
    public void Kill()
    {
        try
        {
            _browser.Process?.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        Retire();
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _retired = true;
        }

        DiscardSpare();
        try
        {
            await _browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is PuppeteerException or TimeoutException or ObjectDisposedException or InvalidOperationException)
        {
            try
            {
                _browser.Process?.Kill(entireProcessTree: true);
            }
            catch (Exception killing) when (killing is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }

        _browser.Dispose();
        DeleteQuietly(_directory);
    }

    private static void DeleteQuietly(DirectoryInfo directory)
    {
        for (var attempt = 0; attempt < 5; attempt++)
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
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A Chromium helper may still be closing files in its profile.
                Thread.Sleep(100);
            }
        }
    }
}
