using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Interviews;

[Collection(IntakeBrowserCollection.Name)]
public partial class InterviewBrowserTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task Staff_create_an_organisation_fill_in_a_full_interview_that_survives_a_reload_and_complete_it()
    {
        await browser.App.CreateUserAsync("intake@nvzh.example", Roles.Staff);
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "intake@nvzh.example");
        var completedBefore = int.Parse(await page.GetByTestId("tile-completed-value").InnerTextAsync());

        // A new organisation with two locations.
        await page.GotoAsync("/organisaties");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe organisatie" }).ClickAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Stichting Testhuis");
        await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Lindehoven");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmaken" }).ClickAsync();
        await page.WaitForURLAsync(OrganisationUrl());
        var organisationId = int.Parse(OrganisationUrl().Match(page.Url).Groups[1].Value);
        await AddLocationAsync(page, "Huiskamer Noord", "Lindehoven", "Utrecht", "8");
        await AddLocationAsync(page, "Inloop Zuid", "Zuiderwold", "Gelderland", "4");
        await Assertions.Expect(page.GetByTestId("locations").Locator("tbody tr")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "organisation-page");

        // The interview of the open 2025 edition.
        await page.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Interview Stichting Testhuis" })).ToBeVisibleAsync();
        await page.GetByLabel("Datum interview").FillAsync("2025-03-04");
        await page.GetByLabel("Interviewer").FillAsync("Anna de Vries");
        await page.GetByLabel("Interne notities", new() { Exact = false }).FillAsync("Terugbellen over de subsidie");

        var choices = page.Locator("[data-kind='SingleChoice'], [data-kind='MultipleChoice']");
        var choiceCount = await choices.CountAsync();
        for (var i = 0; i < choiceCount; i++)
        {
            var question = choices.Nth(i);
            var input = question.Locator("input[type=radio], input[type=checkbox]").First;
            await input.CheckAsync();
        }

        await Number(page, "activity_count").FillAsync("7");
        await Number(page, "founded_year").FillAsync("2010");
        await Number(page, "revenue").FillAsync("938.528");
        await Number(page, "fte").FillAsync("9,62");
        await Number(page, "fte").BlurAsync();
        await page.GetByTestId("vraag-target_group").Locator("textarea").First.FillAsync("Dak- en thuislozen\nStatushouders");
        await BrowserFixture.ChangeAndWaitForSaveAsync(page, async () =>
        {
            await page.GetByTestId("vraag-activities").Locator("textarea").First.FillAsync("Schilderen");
            await page.GetByTestId("vraag-activities").Locator("textarea").First.BlurAsync();
        });
        await Assertions.Expect(page.GetByTestId("counted-locations")).ToHaveTextAsync("2 locaties meegeteld.");
        await Assertions.Expect(page.GetByTestId("last-changed")).ToContainTextAsync("intake@nvzh.example");

        // Reload: every answer is still there.
        await page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel("Interviewer")).ToHaveValueAsync("Anna de Vries");
        await Assertions.Expect(page.GetByLabel("Datum interview")).ToHaveValueAsync("2025-03-04");
        await Assertions.Expect(page.GetByLabel("Interne notities", new() { Exact = false })).ToHaveValueAsync("Terugbellen over de subsidie");
        await Assertions.Expect(Number(page, "activity_count")).ToHaveValueAsync("7");
        await Assertions.Expect(Number(page, "founded_year")).ToHaveValueAsync("2010");
        await Assertions.Expect(Number(page, "revenue")).ToHaveValueAsync("938.528");
        await Assertions.Expect(Number(page, "fte")).ToHaveValueAsync("9,62");
        await Assertions.Expect(page.GetByTestId("vraag-target_group").Locator("textarea").First).ToHaveValueAsync("Dak- en thuislozen\nStatushouders");
        await Assertions.Expect(page.GetByTestId("vraag-activities").Locator("textarea").First).ToHaveValueAsync("Schilderen");
        for (var i = 0; i < choiceCount; i++)
        {
            await Assertions.Expect(choices.Nth(i).Locator("input[type=radio], input[type=checkbox]").First).ToBeCheckedAsync();
        }

        await Assertions.Expect(page.GetByTestId("vraag-locations").Locator("input[type=checkbox]:checked")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "interview-form");
        await ViewportScreenshotAsync(page, "interview-form-top", null);
        await ViewportScreenshotAsync(page, "interview-form-funding", "sectie-funding_organisation");

        // Complete, and the dashboard counts it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Afgerond" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Afronden" }).ClickAsync(); // asks first
        await Assertions.Expect(page.GetByTestId("response-status")).ToHaveTextAsync("Afgerond", Slow);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("tile-completed-value")).ToHaveTextAsync((completedBefore + 1).ToString(), Slow);

        // The organisation page lists the completed interview; also at tablet width.
        await page.SetViewportSizeAsync(820, 1180);
        await page.GotoAsync($"/organisaties/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("responses")).ToContainTextAsync("Afgerond");
        await ViewportScreenshotAsync(page, "organisation-page-tablet", null);
    }

    [Fact]
    public async Task A_wrong_number_is_explained_next_to_the_field_and_completing_lists_what_is_missing()
    {
        var organisationId = await DemoOrganisationWithoutResponseAsync();
        var page = await browser.NewPageAsync(width: 820, height: 1180); // tablet, portrait
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await Number(page, "fte").FillAsync("9,625");
        await Assertions.Expect(page.GetByTestId("vraag-fte")).ToContainTextAsync("Gebruik maximaal twee decimalen.");
        await Assertions.Expect(page.GetByTestId("save-state")).ToHaveAttributeAsync("data-state", "Invalid");
        await Number(page, "fte").FillAsync("9,62");
        await Assertions.Expect(page.GetByTestId("save-state")).ToHaveAttributeAsync("data-state", "Saved");
        await Assertions.Expect(page.GetByTestId("prefill-offer")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Afgerond" }).ClickAsync();
        var missing = page.GetByTestId("missing");
        await Assertions.Expect(missing).ToContainTextAsync("Welke groep inwoners bereikt uw organisatie vooral?");
        await Assertions.Expect(missing).Not.ToContainTextAsync("FTE");
        await ViewportScreenshotAsync(page, "interview-missing-tablet", "afronden");
        await ViewportScreenshotAsync(page, "interview-tablet-top", null);
    }

    [Fact]
    public async Task When_two_people_edit_the_same_interview_the_second_save_is_refused_and_the_input_kept()
    {
        var organisationId = await DemoOrganisationWithoutResponseAsync(skip: 1);
        var first = await browser.NewPageAsync();
        var second = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(first, SurveyAppFactory.AdminEmail);
        await BrowserFixture.LoginAsync(second, SurveyAppFactory.AdminEmail);
        await first.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(first);
        await BrowserFixture.ChangeAndWaitForSaveAsync(first, () => first.GetByLabel("Interviewer").FillAsync("Anna"));
        await second.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(second);

        await BrowserFixture.ChangeAndWaitForSaveAsync(first, () => first.GetByLabel("Interviewer").FillAsync("Anna de Vries"));
        await Assertions.Expect(first.GetByTestId("last-changed")).ToContainTextAsync("Laatst gewijzigd door Beheerder op ");
        await Assertions.Expect(first.GetByTestId("last-changed")).Not.ToContainTextAsync("@", new() { Timeout = 1_000 });
        await second.GetByLabel("Interviewer").FillAsync("Bert Jansen");

        await Assertions.Expect(second.GetByTestId("conflict")).ToContainTextAsync("intussen gewijzigd");
        await Assertions.Expect(second.GetByLabel("Interviewer")).ToHaveValueAsync("Bert Jansen");
        await ViewportScreenshotAsync(second, "interview-conflict", null);
        await second.GetByRole(AriaRole.Button, new() { Name = "Opnieuw laden" }).ClickAsync();
        await Assertions.Expect(second.GetByLabel("Interviewer")).ToHaveValueAsync("Anna de Vries");
    }

    private async Task<int> DemoOrganisationWithoutResponseAsync(int skip = 0)
    {
        await using var db = browser.App.Database.CreateDbContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Organisations.Where(o => !db.Responses.Any(r => r.OrganisationId == o.Id && r.Edition!.Year == 2025) && o.Key.StartsWith("demo-"))
                .OrderByDescending(o => o.Id).Skip(skip).Select(o => o.Id));
    }

    /// <summary>What a person sees without scrolling (optionally after scrolling an element into view).</summary>
    private static async Task ViewportScreenshotAsync(IPage page, string name, string? scrollTo)
    {
        if (scrollTo is null)
        {
            await page.EvaluateAsync("window.scrollTo(0, 0)");
        }
        else
        {
            await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView()", scrollTo);
        }

        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png") });
    }

    private static ILocator Number(IPage page, string key) => page.GetByTestId("vraag-" + key).Locator("input").First;

    private static async Task AddLocationAsync(IPage page, string name, string city, string province, string dayparts)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Locatie toevoegen" }).ClickAsync();
        var editor = page.GetByTestId("location-editor");
        await editor.GetByLabel("Naam locatie").FillAsync(name);
        await editor.GetByLabel("Plaats").FillAsync(city);
        await editor.GetByLabel("Dagdelen open per week (0–21)").FillAsync(dayparts);
        await editor.GetByLabel("Provincie").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = province, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = province, Exact = true })).ToBeHiddenAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Combobox, new() { Name = "Provincie" })).ToContainTextAsync(province);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Locatie opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("locations")).ToContainTextAsync(name);
    }

    [GeneratedRegex(@"/organisaties/(\d+)$")]
    private static partial Regex OrganisationUrl();
}
