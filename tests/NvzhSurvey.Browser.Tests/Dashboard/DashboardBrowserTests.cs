using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Dashboard;

[Collection(BrowserCollection.Name)]
public class DashboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_administrator_logs_in_and_sees_the_progress_of_the_open_edition()
    {
        var page = await browser.NewPageAsync();

        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overzicht", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("tile-not-started-value")).ToHaveTextAsync("25");
        await BrowserFixture.ScreenshotAsync(page, "dashboard");
    }
}
