using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Browser.Tests.Reporting;

[Collection(BrowserCollection.Name)]
public class ReportPageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_board_member_sees_the_2024_figures_as_published()
    {
        await browser.App.CreateUserAsync("bestuur-rapport@nvzh.example", Roles.Board);
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "bestuur-rapport@nvzh.example");

        await page.GotoAsync("/edities/2024/rapport");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByTestId("key-participants")).ToContainTextAsync("25 (51%)");
        await Assertions.Expect(page.GetByTestId("key-locations")).ToContainTextAsync("118 (57%)");
        await Assertions.Expect(page.GetByTestId("key-fte")).ToContainTextAsync("240,56");
        await Assertions.Expect(page.GetByTestId("key-revenue")).ToContainTextAsync("€ 23.463.188");
        var funding = page.GetByTestId("figure-funding_sources");
        await Assertions.Expect(funding.Locator("tr[data-option='municipality']")).ToContainTextAsync("22 ZHO's (88%)");
        await Assertions.Expect(funding).ToContainTextAsync("Gemiddeld 2,2 gekozen per ZHO");
        await Assertions.Expect(page.GetByTestId("data-checks")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("report-provisional")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "report-2024-board");
    }

    [Fact]
    public async Task Staff_hide_a_free_text_from_the_publication()
    {
        await using var closed = await PublishedEditionOverride.ClosedAsync(browser.App);
        await browser.App.CreateUserAsync("medewerker-rapport@nvzh.example", Roles.Staff);
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "medewerker-rapport@nvzh.example");
        await page.GotoAsync("/edities/2024/rapport");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("data-checks")).ToContainTextAsync("Controles vóór publicatie");
        // A closed, unpublished edition: every figure is marked provisional on the page.
        await Assertions.Expect(page.GetByTestId("report-provisional")).ToContainTextAsync("Voorlopig");

        await page.GetByRole(AriaRole.Button, new() { Name = "Verbergen uit publicatie: Kledingruil" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De tekst is verborgen uit de publicatie.")).ToBeVisibleAsync();

        var report = await browser.App.Services.CreateScope().ServiceProvider.GetRequiredService<ReportBuilder>().BuildAsync(2024);
        report!.Get<ChoiceReport>("activities").TextLists.Single(l => l.Key == "also_mentioned").Texts
            .Select(t => t.Text).Should().NotContain("Kledingruil").And.Contain("Fietsen repareren");
        await BrowserFixture.ScreenshotAsync(page, "report-2024-staff");

        await page.GetByRole(AriaRole.Switch, new() { Name = "Verborgen vrije teksten tonen (om ze weer zichtbaar te maken)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen in publicatie: Kledingruil" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De tekst staat weer in de publicatie.")).ToBeVisibleAsync();
    }
}
