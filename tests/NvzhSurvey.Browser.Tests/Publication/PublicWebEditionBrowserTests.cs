using Microsoft.Playwright;

namespace NvzhSurvey.Browser.Tests.Publication;

/// <summary>The public web edition (/publicaties/2024, switched on by the demo) on a narrow phone screen.</summary>
[Collection(BrowserCollection.Name)]
public class PublicWebEditionBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task At_420_pixels_wide_the_public_page_does_not_scroll_sideways()
    {
        // Playwright hides scrollbars by default (overlay scrollbars), which hides the 15 px a desktop browser's
        // vertical scrollbar takes: launch one that shows them, as a reader's browser does.
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            IgnoreDefaultArgs = ["--hide-scrollbars"],
        });
        var page = await BrowserFixture.NewPageAsync(chromium, browser.App.BaseAddress, width: 420, height: 900);

        var response = await page.GotoAsync("/publicaties/2024");

        response!.Status.Should().Be(200, "the demo's published 2024 edition has its public page switched on");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Landelijk dekkend netwerk" })).ToBeVisibleAsync();
        var measured = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => {
                const page = document.scrollingElement;
                const scrolls = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
                const culprits = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > page.clientWidth + 0.5 && !scrolls(e))
                    .slice(0, 10)
                    .map(e => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`);
                return { scrollWidth: page.scrollWidth, clientWidth: page.clientWidth, culprits };
            }
            """);
        var width = new Width(measured.GetProperty("scrollWidth").GetInt32(), measured.GetProperty("clientWidth").GetInt32(),
            [.. measured.GetProperty("culprits").EnumerateArray().Select(c => c.GetString()!)]);
        await BrowserFixture.ScreenshotAsync(page, "publicatie-web-420");

        width.ClientWidth.Should().BeLessThan(420, "the vertical scrollbar takes its place, as in a desktop browser");
        width.ScrollWidth.Should().BeLessThanOrEqualTo(width.ClientWidth,
            "nothing sticks out sideways; these elements do: " + string.Join("; ", width.Culprits));
        var map = (await page.Locator("svg.network-map").BoundingBoxAsync())!;
        map.Width.Should().BeLessThanOrEqualTo(width.ClientWidth, "the map fits");
        var table = (await page.Locator("table.network-table").BoundingBoxAsync())!;
        table.Y.Should().BeGreaterThanOrEqualTo(map.Y + map.Height, "on a phone the table goes below the map instead of being squeezed beside it");
        (await page.Locator("table.network-table").EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth")).Should().BeTrue("the whole table fits in 420 px");
    }

    private sealed record Width(int ScrollWidth, int ClientWidth, string[] Culprits);
}
