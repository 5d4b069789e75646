using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Browser.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public partial class PasswordResetBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_user_asks_for_a_reset_link_sets_a_new_password_and_logs_in()
    {
        await browser.App.CreateUserAsync("browser-reset@nvzh.example", Roles.Staff);
        var page = await browser.NewPageAsync();
        var problems = BrowserFixture.CollectBrowserErrors(page);

        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" }).ClickAsync();
        // Blazor's enhanced navigation swaps the page in place: wait for it, or the login form's field gets the input.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wachtwoord vergeten", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("E-mailadres").FillAsync("browser-reset@nvzh.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Link versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("hebben we een e-mail gestuurd");
        await BrowserFixture.ScreenshotAsync(page, "forgot-password-sent");

        var mail = Directory.GetFiles(browser.App.MailDropFolder, "*.eml").Select(File.ReadAllText)
            .Single(m => m.Contains("To: browser-reset@nvzh.example"));
        await page.GotoAsync(Link().Match(mail).Value);
        await page.GetByLabel("Nieuw wachtwoord").FillAsync("Browser-nieuw-2025");
        await page.GetByLabel("Herhaal het wachtwoord").FillAsync("Browser-anders-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De wachtwoorden zijn niet gelijk.")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "reset-password-mismatch");
        await page.GetByLabel("Nieuw wachtwoord").FillAsync("Browser-nieuw-2025");
        await page.GetByLabel("Herhaal het wachtwoord").FillAsync("Browser-nieuw-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je wachtwoord is gewijzigd");

        await BrowserFixture.LoginAsync(page, "browser-reset@nvzh.example", "Browser-nieuw-2025");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overzicht", Level = 1 })).ToBeVisibleAsync();
        problems.Should().BeEmpty();
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
