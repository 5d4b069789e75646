using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Api;

[Collection(BrowserCollection.Name)]
public class ExchangePageBrowserTests(BrowserFixture browser)
{
    private const int Year = 2031;

    private async Task EnsureEditionAsync()
    {
        await using var db = browser.App.Database.CreateDbContext();
        if (!await db.Editions.AnyAsync(e => e.Year == Year))
        {
            var created = await new EditionCreator(browser.App.Database.CreateFactory())
                .CreateAsync(new NewEditionRequest { Year = Year, CopyQuestionnaireFrom = 2024, MembersTotal = 52, LocationsAllMembers = 230 });
            created.Should().BeOfType<EditionCreation.Created>();
        }
    }

    [Fact]
    public async Task Staff_upload_a_file_see_every_problem_per_row_then_import_a_correct_file()
    {
        await EnsureEditionAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync($"/edities/{Year}/uitwisseling");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gegevensuitwisseling", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("export-xlsx")).ToHaveAttributeAsync("href", $"/api/v1/editions/{Year}/responses.xlsx");
        await BrowserFixture.ScreenshotAsync(page, "exchange-page");

        var bad = """
            key;name;status;fte;legal_form;age_groups.adults
            zho-01;Herstelhuis Een;completed;8,75;independent;1
            zho-02;Herstelhuis Twee;completed;-1;zelfstandig;ja
            """;
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "antwoorden.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad),
        });

        await Assertions.Expect(page.GetByTestId("import-message")).ToContainTextAsync("3 problemen gevonden; er is niets opgeslagen");
        await Assertions.Expect(page.GetByTestId("preview-row")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("row-problem")).ToHaveTextAsync(
        [
            "fte: Moet 0 of meer zijn.",
            "legal_form: Onbekende optie 'zelfstandig' bij vraag 'legal_form'; kies uit independent, part_of.",
            "age_groups.adults: Vul 0 of 1 in, niet 'ja'.",
        ], new() { UseInnerText = true });
        await Assertions.Expect(page.GetByTestId("import-confirm")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "exchange-preview-problems");

        var good = ResponseExcel.Write((await new ResponseExporter(browser.App.Database.CreateFactory()).ExportAsync(2024))!);
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "antwoorden.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = good,
        });
        await Assertions.Expect(page.GetByTestId("import-message")).ToContainTextAsync("25 rijen zonder problemen");
        await Assertions.Expect(page.GetByTestId("preview-row").First).ToContainTextAsync("nieuwe antwoorden");
        await BrowserFixture.ScreenshotAsync(page, "exchange-preview-ok");

        await page.GetByTestId("import-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-message")).ToContainTextAsync("Import voltooid: 0 nieuwe organisaties, 25 nieuwe en 0 bijgewerkte antwoordsets, 0 ongewijzigd.");
        await BrowserFixture.ScreenshotAsync(page, "exchange-imported");
        await using var db = browser.App.Database.CreateDbContext();
        (await db.Responses.CountAsync(r => r.Edition!.Year == Year)).Should().Be(25);
    }
}
