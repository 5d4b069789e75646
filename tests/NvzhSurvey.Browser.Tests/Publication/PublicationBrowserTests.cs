using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Publication;

[Collection(BrowserCollection.Name)]
public class PublicationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_see_the_print_preview_and_download_the_pdf()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await page.GotoAsync("/edities/2024/publicatie");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var preview = page.FrameLocator("[data-testid=publication-preview]");
        await Assertions.Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "1 | Mensen en activiteiten" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(preview.Locator("svg[role=img][aria-label*='Gemeente: 22 ZHO']")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "publicatie-voorbeeld");

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByTestId("download-pdf").ClickAsync(), new() { Timeout = 60_000 });

        download.SuggestedFilename.Should().Be("NVZH-ledenonderzoek-2024.pdf");
        var path = await download.PathAsync();
        new FileInfo(path).Length.Should().BeGreaterThan(10_000);
        (await File.ReadAllBytesAsync(path)).Take(5).Should().Equal("%PDF-"u8.ToArray());
    }

    [Fact]
    public async Task Staff_edit_a_narrative_text_with_a_placeholder_and_see_it_filled_in()
    {
        await using var closed = await PublishedEditionOverride.ClosedAsync(browser.App);
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await page.GotoAsync("/edities/2024/teksten");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var field = page.Locator("[data-testid=text-introduction] textarea, textarea[data-testid=text-introduction]");
        await field.FillAsync("In {jaar} deden {deelnemers} van de {leden} leden mee, met {deelnemer} als tikfout.");

        await Assertions.Expect(page.GetByTestId("preview-introduction")).ToContainTextAsync("In 2024 deden 25 van de 49 leden mee");
        await Assertions.Expect(page.GetByText("Onbekende plaatshouder {deelnemer}")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "publicatie-teksten");
        await page.GetByTestId("save-texts").ClickAsync();
        await Assertions.Expect(page.GetByText("De teksten zijn opgeslagen.")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "publicatie-teksten");

        await page.GotoAsync("/edities/2024/publicatie");
        var preview = page.FrameLocator("[data-testid=publication-preview]");
        await Assertions.Expect(preview.GetByText("In 2024 deden 25 van de 49 leden mee")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
