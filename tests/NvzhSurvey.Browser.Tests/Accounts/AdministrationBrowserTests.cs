using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public class AdministrationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_administrator_creates_an_API_token_that_is_shown_once()
    {
        var page = await browser.NewPageAsync();
        var problems = BrowserFixture.CollectBrowserErrors(page);
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await page.GotoAsync("/beheer/api-tokens");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Naam (waarvoor is het token?)").FillAsync("Dashboard provincie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Token maken" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("token-created")).ToContainTextAsync("Kopieer dit token nu.");
        var value = await page.Locator("[data-testid=token-value] input, input[data-testid=token-value]").InputValueAsync();
        value.Should().StartWith("nvzh_");
        await BrowserFixture.ScreenshotAsync(page, "admin-api-tokens");

        var api = await page.APIRequest.GetAsync("/api/v1/me", new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + value } });
        api.Status.Should().Be(200);
        (await api.TextAsync()).Should().Contain("ReadReports");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task The_administrator_sees_the_users_and_staff_invite_a_member_contact()
    {
        var page = await browser.NewPageAsync();
        var problems = BrowserFixture.CollectBrowserErrors(page);
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await page.GotoAsync("/beheer/gebruikers");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("users-table")).ToContainTextAsync("lid@demo-01.example");
        await BrowserFixture.ScreenshotAsync(page, "admin-users");

        await using var db = browser.App.Database.CreateDbContext();
        var organisationId = db.Organisations.Where(o => o.Key == "demo-14").Select(o => o.Id).Single();
        await page.GotoAsync($"/organisaties/{organisationId}/uitnodigen");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("E-mailadres van de contactpersoon").FillAsync("contact@demo-14.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("invite-created")).ToContainTextAsync("contact@demo-14.example");
        var link = await page.Locator("[data-testid=invite-link] input, input[data-testid=invite-link]").InputValueAsync();
        link.Should().Contain("/Account/Invitation?token=inv_");
        await Assertions.Expect(page.GetByText("Vul een e-mailadres in.")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "staff-invite");

        var invitee = await browser.NewPageAsync();
        await invitee.GotoAsync(link);
        await invitee.GetByLabel("Je naam").FillAsync("Contact Demo 14");
        await invitee.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("Uitgenodigd-2025");
        await invitee.GetByLabel("Herhaal het wachtwoord").FillAsync("Uitgenodigd-2025");
        await BrowserFixture.ScreenshotAsync(invitee, "invitation-accept");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await invitee.WaitForURLAsync(url => url.EndsWith("/mijn-organisatie"));
        await BrowserFixture.WaitForInteractiveAsync(invitee);
        await Assertions.Expect(invitee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(db.Organisations.Single(o => o.Id == organisationId).Name);
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task The_users_table_fits_1366_pixels_role_changes_are_confirmed_and_the_security_log_shows_them()
    {
        await browser.App.CreateUserAsync("rol-bevestigen@nvzh.example", NvzhSurvey.Core.Accounts.Roles.Board);
        var page = await browser.NewPageAsync(1366, 768);
        var problems = BrowserFixture.CollectBrowserErrors(page);
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await page.GotoAsync("/beheer/gebruikers");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("users-table")).ToContainTextAsync("rol-bevestigen@nvzh.example");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "the users table fits a 1366-pixel screen without scrolling sideways");
        await BrowserFixture.ScreenshotAsync(page, "admin-users-1366");

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "rol-bevestigen@nvzh.example" });
        await row.Locator(".mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Medewerker", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("De rol van rol-bevestigen@nvzh.example wordt Medewerker")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "admin-users-confirm-role");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Bestuur");

        await row.Locator(".mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Medewerker", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rol wijzigen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("rol-bevestigen@nvzh.example heeft nu de rol Medewerker.")).ToBeVisibleAsync();

        await page.GotoAsync("/beheer/beveiligingslog");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("security-log")).ToContainTextAsync("Rol Bestuur → Medewerker");
        overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0);
        await BrowserFixture.ScreenshotAsync(page, "admin-security-log");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task The_administrator_invites_a_staff_member_from_the_users_page()
    {
        var page = await browser.NewPageAsync();
        var problems = BrowserFixture.CollectBrowserErrors(page);
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await page.GotoAsync("/beheer/gebruikers");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("invite-panel").GetByLabel("E-mailadres").FillAsync("nieuwe-medewerker@nvzh.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("invite-created")).ToContainTextAsync("nieuwe-medewerker@nvzh.example");
        await Assertions.Expect(page.GetByTestId("open-invitations")).ToContainTextAsync("nieuwe-medewerker@nvzh.example");
        var link = await page.Locator("[data-testid=invite-link] input, input[data-testid=invite-link]").InputValueAsync();
        link.Should().StartWith(browser.App.LinkBaseUrl + "/Account/Invitation?token=inv_");
        await BrowserFixture.ScreenshotAsync(page, "admin-invite-staff");

        var invitee = await browser.NewPageAsync();
        await invitee.GotoAsync(link);
        await Assertions.Expect(invitee.GetByText("Je bent uitgenodigd met de rol Medewerker.")).ToBeVisibleAsync();
        problems.Should().BeEmpty();
    }
}
