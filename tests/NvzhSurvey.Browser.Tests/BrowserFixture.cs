using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests;

/// <summary>
/// The app on a real Kestrel port with demo data, and Debian's Chromium driven by Playwright
/// (never a downloaded browser). Screenshots go to artifacts/screenshots in the repository.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public SurveyAppFactory App { get; } = new() { UseKestrelServer = true };
    public IBrowser Browser { get; private set; } = default!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("NVZH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string ArtifactsDirectory => RepositoryPaths.Artifacts("screenshots");

    public async Task InitializeAsync()
    {
        await App.StartAsync("nvzh_browser");
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>
    /// Debian's Chromium, headless, without any network traffic of its own. Also sets how long an expectation waits:
    /// Playwright's 5 s is too short on a two-core CI machine that runs every test project at once.
    /// </summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeout);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic"],
        });
    }

    /// <summary>The longest a single step (an action or an expectation) may take before the test fails.</summary>
    public const float ExpectTimeout = 15_000;

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies) and page, laptop-sized.</summary>
    public Task<IPage> NewPageAsync(int width = 1366, int height = 900) => NewPageAsync(Browser, App.BaseAddress, width, height);

    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri baseAddress, int width = 1366, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
        });
        context.SetDefaultTimeout(ExpectTimeout);
        return await context.NewPageAsync();
    }

    /// <summary>Logs in through the login form and waits until the interactive circuit is up.</summary>
    public static async Task LoginAsync(IPage page, string email, string password = SurveyAppFactory.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        await WaitForInteractiveAsync(page);
    }

    /// <summary>
    /// Input typed before the Blazor circuit is up lands on the prerendered page and is lost: wait for it, and for an
    /// interview form (which only the circuit loads) to have replaced its loading bar.
    /// </summary>
    public static async Task WaitForInteractiveAsync(IPage page)
    {
        await page.Locator("#app-ready[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("[data-testid=interview-loading]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>
    /// Makes a change in an interview form and waits until the autosave that stores it is acknowledged. "Opgeslagen"
    /// alone is not enough: right after the change it may still be the previous save's state, because the change
    /// has not reached the server yet. So wait for the form to settle, note its save count, change, and wait for
    /// "Opgeslagen" with a higher count.
    /// </summary>
    public static async Task ChangeAndWaitForSaveAsync(IPage page, Func<Task> change, float timeout = 30_000)
    {
        var indicator = page.GetByTestId("save-state");
        await Assertions.Expect(indicator).Not.ToHaveAttributeAsync("data-state", Busy(), new() { Timeout = timeout });
        var before = int.Parse(await indicator.GetAttributeAsync("data-saves") ?? "0", CultureInfo.InvariantCulture);
        await change();
        await page.WaitForFunctionAsync("""
            before => {
                const indicator = document.querySelector('[data-testid=save-state]');
                return indicator?.dataset.state === 'Saved' && Number(indicator.dataset.saves) > before;
            }
            """, before, new() { Timeout = timeout });
    }

    [GeneratedRegex("^(Pending|Saving)$")]
    private static partial Regex Busy();

    /// <summary>Console errors, Content-Security-Policy reports and uncaught page errors, collected from now on.</summary>
    public static List<string> CollectBrowserErrors(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
