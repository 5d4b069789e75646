using System.IO.Compression;
using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Benchmarks;

/// <summary>"Uw organisatie vergeleken" in Chromium: the member's page from the portal, and staff's ZIP of all PDFs.</summary>
[Collection(BrowserCollection.Name)]
public class BenchmarkBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_opens_its_comparison_from_the_portal_with_figures_strip_charts_and_choices()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "lid@demo-01.example");
        await page.GotoAsync("/mijn-organisatie");
        await page.GetByTestId("benchmark-links").GetByRole(AriaRole.Link, new() { Name = "Vergelijking 2024" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw organisatie vergeleken · 2024", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=benchmark-figures] tbody tr")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("svg.strip-chart[role=img]")).ToHaveCountAsync(8);
        (await page.Locator("svg.strip-chart").First.GetAttributeAsync("aria-label")).Should().StartWith("Fte: uw waarde");
        await Assertions.Expect(page.Locator(".choice-sentence").First).ToContainTextAsync("U: ");
        await Assertions.Expect(page.GetByTestId("benchmark-key-figures")).ToContainTextAsync("25 ZHO's namen deel");
        await BrowserFixture.ScreenshotAsync(page, "benchmark-member-page");
    }

    [Fact]
    public async Task Staff_make_all_comparisons_as_one_zip_with_a_progress_bar()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync("/edities/2024");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByTestId("all-benchmarks-build").ClickAsync();
        await Assertions.Expect(page.GetByTestId("all-benchmarks")).ToContainTextAsync("van 25");
        var link = page.GetByTestId("all-benchmarks-download");
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();

        using var zip = ZipFile.OpenRead(path);
        zip.Entries.Should().HaveCount(25).And.OnlyContain(e => e.Name.StartsWith("NVZH-vergelijking-2024-") && e.Length > 1000);
    }
}
