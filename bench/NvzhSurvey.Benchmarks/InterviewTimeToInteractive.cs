using System.Diagnostics;
using Microsoft.Playwright;

namespace NvzhSurvey.Benchmarks;

/// <summary>
/// Benchmark 5: from navigation to an interactive interview form in Chromium. Each run opens the interview page in
/// a fresh tab (signed in, cache warm) and stops the clock when the circuit is up (#app-ready data-interactive="true")
/// and the form's first answer field is enabled, i.e. a click would now be saved. Median of the runs after a warm-up.
/// </summary>
public static class InterviewTimeToInteractive
{
    public sealed record Result(int Runs, double Median, double P90, double Min, double Max);

    public static async Task<Result> RunAsync(Uri baseAddress, string email, string password, int organisationId, int runs, TextWriter log)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("NVZH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString() });
        var login = await context.NewPageAsync();
        await login.GotoAsync("/Account/Login");
        await login.GetByLabel("E-mailadres").FillAsync(email);
        await login.GetByLabel("Wachtwoord").FillAsync(password);
        await login.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await login.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        await login.CloseAsync();

        const int warmup = 3;
        var times = new List<double>();
        for (var i = 0; i < runs + warmup; i++)
        {
            var page = await context.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync($"/edities/2025/interviews/{organisationId}", new() { WaitUntil = WaitUntilState.Commit });
            await page.Locator("#app-ready[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            await page.Locator("[data-testid=vraag-target_group] input:not([disabled])").First.WaitForAsync(new() { Timeout = 30_000 });
            clock.Stop();
            if (i >= warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            await page.CloseAsync();
        }

        times.Sort();
        log.WriteLine($"  time to interactive: {times.Count} navigations measured");
        return new Result(times.Count, Percentile(times, 0.50), Percentile(times, 0.90), times[0], times[^1]);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
