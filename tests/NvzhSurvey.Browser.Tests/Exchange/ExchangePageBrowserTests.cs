using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Exchange;

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

    [Fact]
    public async Task The_preview_names_each_changed_value_and_says_geen_wijzigingen_for_an_unchanged_export()
    {
        const int year = 2032;
        await using (var db = browser.App.Database.CreateDbContext())
        {
            if (!await db.Editions.AnyAsync(e => e.Year == year))
            {
                (await new EditionCreator(browser.App.Database.CreateFactory())
                    .CreateAsync(new NewEditionRequest { Year = year, CopyQuestionnaireFrom = 2024, MembersTotal = 52, LocationsAllMembers = 230 }))
                    .Should().BeOfType<EditionCreation.Created>();
            }
        }

        var files = new FileImporter(new ResponseImporter(browser.App.Database.CreateFactory(), TimeProvider.System));
        var exporter = new ResponseExporter(browser.App.Database.CreateFactory());
        var first = await files.PreviewAsync(year, "antwoorden.csv", ResponseCsv.Write((await exporter.ExportAsync(2024))!), "test");
        (await files.ImportAsync(first, "test")).Should().BeOfType<ImportOutcome.Imported>();
        var unchanged = ResponseCsv.Write((await exporter.ExportAsync(year))!);
        var lines = Encoding.UTF8.GetString(unchanged).Split("\r\n");
        var keys = lines[1].Split(';');
        var cells = lines[2].Split(';');
        var fte = Array.IndexOf(keys, "fte");
        var oldFte = cells[fte];
        cells[fte] = "99,5";
        var changed = Encoding.UTF8.GetBytes(string.Join("\r\n", lines[0], lines[1], string.Join(";", cells)));

        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync($"/edities/{year}/uitwisseling");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "antwoorden.csv", MimeType = "text/csv", Buffer = changed });

        await Assertions.Expect(page.GetByTestId("row-action")).ToContainTextAsync("1 waarde gewijzigd");
        await Assertions.Expect(page.GetByTestId("row-change")).ToHaveTextAsync($"Aantal fte werkzaam ({year}): {(oldFte.Length == 0 ? "(leeg)" : oldFte)} → 99,5");
        await Assertions.Expect(page.GetByTestId("empty-cells-mode")).ToHaveTextAsync("Lege cellen laten het opgeslagen antwoord staan.");
        await Assertions.Expect(page.GetByTestId("import-confirm")).ToBeEnabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "exchange-preview-changed-value");

        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "antwoorden-ongewijzigd.csv", MimeType = "text/csv", Buffer = unchanged });

        await Assertions.Expect(page.GetByTestId("import-message")).ToContainTextAsync("Geen wijzigingen");
        await Assertions.Expect(page.GetByTestId("row-action")).ToHaveCountAsync(25);
        await Assertions.Expect(page.GetByTestId("row-action").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^geen wijzigingen \(\d+ ongewijzigd\)$"));
        await Assertions.Expect(page.GetByTestId("import-confirm")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "exchange-preview-unchanged");
    }
}
