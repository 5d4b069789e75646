using Microsoft.Playwright;

namespace NvzhSurvey.Benchmarks;

/// <summary>
/// Benchmark 4: consecutive answer changes in the interview form through a real browser, each timed inside the page
/// from the click to the moment the save is acknowledged (the data-saves counter of the save indicator goes up).
/// </summary>
public static class AutosaveLatency
{
    public sealed record Result(int Changes, double P50, double P95, double Max);

    public static async Task<Result> RunAsync(Uri baseAddress, string email, string password, int organisationId, int changes, TextWriter log)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("NVZH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await (await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString() })).NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        await page.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await page.Locator("#app-ready[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var boxes = page.GetByTestId("vraag-activities").Locator("input[type=checkbox]");
        await boxes.First.WaitForAsync();
        var count = await boxes.CountAsync() - 1; // the last one is "Geen van deze", which would clear the others

        // Wait on the acknowledged-save counter (data-saves), as the browser tests do: data-state can stay "Saved"
        // from the previous save, so a change of data-state is not a reliable signal.
        await page.EvaluateAsync("""
            () => {
                window.saveTimes = [];
                const saves = () => Number(document.querySelector("[data-testid=save-state]").dataset.saves || 0);
                document.addEventListener('click', () => { window.clickedAt = performance.now(); window.savesAtClick = saves(); }, true);
                new MutationObserver(records => {
                    for (const r of records) {
                        if (r.target.dataset.testid === 'save-state' && window.clickedAt && Number(r.target.dataset.saves) > window.savesAtClick) {
                            window.saveTimes.push(performance.now() - window.clickedAt);
                            window.clickedAt = null;
                        }
                    }
                }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-saves'] });
            }
            """);

        const int warmup = 5;
        for (var i = 0; i < changes + warmup; i++)
        {
            await boxes.Nth(i % count).ClickAsync();
            await page.WaitForFunctionAsync($"() => window.saveTimes.length >= {i + 1}", null, new() { Timeout = 15_000 });
        }

        var times = (await page.EvaluateAsync<double[]>("() => window.saveTimes")).Skip(warmup).OrderBy(t => t).ToArray();
        log.WriteLine($"  autosave: {times.Length} changes measured");
        return new Result(times.Length, Percentile(times, 0.50), Percentile(times, 0.95), times[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}
