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

        // Other tests in this collection start and complete interviews: compare with the database, not a constant.
        var progress = await new NvzhSurvey.Core.Editions.OpenEditionProgress(browser.App.Database.CreateFactory()).LoadAsync();
        progress.Year.Should().Be(2025);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overzicht", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("tile-not-started-value")).ToHaveTextAsync(progress.NotStarted.ToString());
        await Assertions.Expect(page.GetByTestId("tile-completed-value")).ToHaveTextAsync(progress.Completed.ToString());
        (progress.NotStarted + progress.Drafts + progress.Submitted + progress.Completed).Should().Be(progress.Organisations);
        await BrowserFixture.ScreenshotAsync(page, "dashboard");
    }
}
