using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Accounts;

/// <summary>Two people change the same location or narrative text: the second save is refused in Dutch, nothing is lost.</summary>
[Collection(BrowserCollection.Name)]
public class ConcurrentEditBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_saving_a_location_that_staff_changed_meanwhile_is_told_so_and_keeps_the_input()
    {
        int organisationId, locationId;
        await using (var db = browser.App.Database.CreateDbContext())
        {
            var organisation = await db.Organisations.Include(o => o.Locations).SingleAsync(o => o.Key == "demo-02");
            organisationId = organisation.Id;
            locationId = organisation.Locations.OrderBy(l => l.Id).First().Id;
        }

        await browser.App.CreateUserAsync("lid-tegelijk@demo-02.example", Roles.Member, organisationId);
        var page = await browser.NewPageAsync();
        var problems = BrowserFixture.CollectBrowserErrors(page);
        await BrowserFixture.LoginAsync(page, "lid-tegelijk@demo-02.example");
        await page.GotoAsync($"/mijn-organisatie/locaties/{locationId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Naam volgens het lid");

        await using (var staff = browser.App.Database.CreateDbContext())
        {
            (await staff.Locations.SingleAsync(l => l.Id == locationId)).Street = "Straat volgens NVZH 1";
            await staff.SaveChangesAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("location-error")).ToHaveTextAsync(OrganisationService.LocationConflictMessage);
        await Assertions.Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Naam volgens het lid");
        await BrowserFixture.ScreenshotAsync(page, "member-location-conflict");
        await using var check = browser.App.Database.CreateDbContext();
        var stored = await check.Locations.SingleAsync(l => l.Id == locationId);
        stored.Street.Should().Be("Straat volgens NVZH 1");
        stored.Name.Should().NotBe("Naam volgens het lid");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task The_second_of_two_staff_saving_the_same_narrative_text_is_refused_and_keeps_the_text()
    {
        var first = await browser.NewPageAsync();
        var second = await browser.NewPageAsync();
        foreach (var page in new[] { first, second })
        {
            await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
            await page.GotoAsync("/edities/2025/teksten");
            await BrowserFixture.WaitForInteractiveAsync(page);
        }

        await Introduction(first).FillAsync("De inleiding van Anna.");
        await first.GetByTestId("save-texts").ClickAsync();
        await Assertions.Expect(first.GetByText("De teksten zijn opgeslagen.")).ToBeVisibleAsync();
        await Introduction(second).FillAsync("De inleiding van Bert.");
        await second.GetByTestId("save-texts").ClickAsync();

        await Assertions.Expect(second.GetByTestId("texts-error")).ToHaveTextAsync(EditionService.TextConflictMessage);
        await Assertions.Expect(Introduction(second)).ToHaveValueAsync("De inleiding van Bert.");
        await BrowserFixture.ScreenshotAsync(second, "publicatie-teksten-conflict");
        await using var db = browser.App.Database.CreateDbContext();
        (await db.EditionTexts.SingleAsync(t => t.Key == "introduction" && db.Editions.Any(e => e.Id == t.EditionId && e.Year == 2025))).Markdown.Should().Be("De inleiding van Anna.");
    }

    private static ILocator Introduction(IPage page) => page.Locator("[data-testid=text-introduction] textarea, textarea[data-testid=text-introduction]");
}
