using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Interviews;

[Collection(IntakeBrowserCollection.Name)]
public class EditionsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_dashboard_link_opens_the_edition_filtered_by_status()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await page.GetByTestId("tile-not-started").GetByRole(AriaRole.Link, new() { Name = "Bekijk lijst" }).ClickAsync();

        await page.WaitForURLAsync("**/edities/2025?status=NotStarted");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var rows = page.GetByTestId("edition-organisations").Locator("tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("Nog niet gestart");
        var statuses = await rows.Locator("td[data-label=Status]").AllInnerTextsAsync();
        statuses.Should().NotBeEmpty().And.OnlyContain(s => s == "Nog niet gestart");
        await Assertions.Expect(page.GetByTestId("edition-actions")).ToContainTextAsync("Sluiten");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "edition-page.png") });
    }

    [Fact]
    public async Task Staff_create_the_next_edition_and_edit_its_questionnaire()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync("/edities");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Editie 2026 aanmaken (kopie van 2025)" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("editions")).ToContainTextAsync("Editie 2026");
        await Assertions.Expect(page.GetByTestId("editions").Locator("tbody tr").First).ToContainTextAsync("In voorbereiding");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "editions.png") });

        await page.GotoAsync("/edities/2026/vragenlijst");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var partners = page.GetByTestId("editor-partners");
        await partners.GetByLabel("Tekst nieuw antwoord").FillAsync("Bibliotheek");
        await Assertions.Expect(partners.GetByLabel("Sleutel")).ToHaveValueAsync("bibliotheek"); // derived from the text
        await partners.GetByLabel("Sleutel").FillAsync("library");
        await partners.GetByRole(AriaRole.Button, new() { Name = "Antwoord toevoegen" }).ClickAsync();
        var library = partners.Locator("li").Filter(new() { HasText = "Bibliotheek" });
        await Assertions.Expect(library).ToContainTextAsync("library; 0× gekozen");
        await library.GetByRole(AriaRole.Button, new() { Name = "Laten vervallen" }).ClickAsync();
        await Assertions.Expect(library).ToContainTextAsync("vervallen");

        // A key that is already used is refused with a message.
        await partners.GetByLabel("Tekst nieuw antwoord").FillAsync("Nog een bibliotheek");
        var key = partners.GetByLabel("Sleutel");
        await Assertions.Expect(key).ToHaveValueAsync("nog_een_bibliotheek");
        await key.ClearAsync();
        await key.PressSequentiallyAsync("library");
        await key.PressAsync("Tab");
        await partners.GetByRole(AriaRole.Button, new() { Name = "Antwoord toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("questionnaire-error")).ToContainTextAsync("al in gebruik");
        await partners.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "questionnaire-editor.png") });
    }

    [Fact]
    public async Task The_organisation_list_is_searchable()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync("/organisaties");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "organisations.png") });

        await page.GetByLabel("Zoeken op naam of plaats").FillAsync("Lindeboom");

        var rows = page.GetByTestId("organisations").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Herstelhuis De Lindeboom");
    }
}
