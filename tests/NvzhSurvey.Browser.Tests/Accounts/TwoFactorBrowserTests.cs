using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public partial class TwoFactorBrowserTests(BrowserFixture browser)
{
    private const string Email = "browser-2fa@nvzh.example";

    [Fact]
    public async Task A_staff_member_sets_up_the_authenticator_signs_in_again_with_a_code_and_then_with_a_recovery_code()
    {
        await browser.App.CreateUserAsync(Email, Roles.Staff);
        var page = await browser.NewPageAsync();
        var problems = BrowserFixture.CollectBrowserErrors(page);
        await BrowserFixture.LoginAsync(page, Email);

        // Set up: read the key the page shows (as a person types it into the app) and enter the app's code.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tweestapsverificatie", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code om NVZH Ledenonderzoek aan de authenticator-app toe te voegen" })).ToBeVisibleAsync();
        var key = await page.GetByTestId("shared-key").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "2fa-setup");
        var enablingCode = Totp.Code(key);
        await page.GetByLabel("Code uit de app").FillAsync(enablingCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tweestapsverificatie staat aan.");
        var codes = await page.GetByTestId("recovery-codes").Locator("code").AllInnerTextsAsync();
        codes.Should().HaveCount(10).And.OnlyContain(c => RecoveryCode().IsMatch(c));
        await BrowserFixture.ScreenshotAsync(page, "2fa-recovery-codes");

        // Log out, log in: the password alone is not enough, the app's next code is.
        await LogOutAsync(page);
        await PasswordAsync(page);
        await page.GetByLabel("Code uit de app").FillAsync(enablingCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De code is onjuist."); // the code that switched 2FA on was used already
        await BrowserFixture.ScreenshotAsync(page, "2fa-login-replayed-code");
        await page.GetByLabel("Code uit de app").FillAsync(Totp.Next(key, 1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();

        // Log out, log in with a recovery code instead of the phone: it works once.
        await LogOutAsync(page);
        await PasswordAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Telefoon niet bij de hand? Log in met een herstelcode." }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen met een herstelcode", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Herstelcode").FillAsync(codes[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GotoAsync("/Account/TwoFactor");
        await Assertions.Expect(page.GetByText("U hebt nog 9 herstelcodes.")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "2fa-after-recovery-code");

        await LogOutAsync(page);
        await PasswordAsync(page);
        await page.GotoAsync(page.Url.Replace("LoginWith2fa", "LoginWithRecoveryCode"));
        await page.GetByLabel("Herstelcode").FillAsync(codes[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze herstelcode is onjuist of al gebruikt.");
        problems.Should().BeEmpty();
    }

    private static async Task LogOutAsync(IPage page)
    {
        await page.GotoAsync("/");
        // A click while the circuit replaces the prerendered page can be lost (seen once in a full run).
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToHaveCountAsync(0);
    }

    private static async Task PasswordAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mailadres").FillAsync(Email);
        await page.GetByLabel("Wachtwoord").FillAsync(SurveyAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Account/LoginWith2fa"));
        await Assertions.Expect(page.GetByLabel("Code uit de app")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^[A-Z0-9]{5}-[A-Z0-9]{5}$")]
    private static partial Regex RecoveryCode();
}
