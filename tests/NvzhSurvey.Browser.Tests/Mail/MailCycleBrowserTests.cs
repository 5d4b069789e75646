using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Mail;

[Collection(BrowserCollection.Name)]
public class MailCycleBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_edit_the_invitation_see_the_preview_send_it_and_follow_progress_and_sent_mail()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await page.GotoAsync("/edities/2025/email");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Herinneringen na (dagen)").FillAsync("10, 20");
        await page.GetByTestId("mail-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("mail-preview-body")).ToContainTextAsync("/mijn-organisatie");
        await Assertions.Expect(page.GetByTestId("mail-preview-body")).Not.ToContainTextAsync("{organisatie}");
        await BrowserFixture.ScreenshotAsync(page, "mail-edition-template");

        await page.GetByTestId("mail-send").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("mail-recipients")).ToContainTextAsync("0 leden krijgen deze uitnodiging");

        await using var db = browser.App.Database.CreateDbContext();
        var invited = await db.CycleMailings.CountAsync(m => m.Kind == CycleMailKind.Invitation && db.Editions.Any(e => e.Id == m.EditionId && e.Year == 2025));
        invited.Should().BeGreaterThan(0);
        await page.GotoAsync("/edities/2025");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("cycle-counts")).ToContainTextAsync($"{invited} uitgenodigd");
        await BrowserFixture.ScreenshotAsync(page, "mail-edition-progress");

        await page.GotoAsync("/beheer/verzonden-email");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("sent-mail")).ToContainTextAsync("uitnodiging");
        await BrowserFixture.ScreenshotAsync(page, "mail-sent-mail");
    }
}
