using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Faults;

/// <summary>
/// The database goes down while a staff member has the interview form open with unsaved changes: the form says it
/// cannot save, keeps the input, and saves it by itself once the database is back. Uses a PostgreSQL server owned by
/// this test, which it stops and starts.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Slow = new() { Timeout = 30_000 };
    private PrivatePostgres _server = default!;
    private SurveyAppFactory _app = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    public async Task InitializeAsync()
    {
        _server = await PrivatePostgres.StartAsync();
        _app = new SurveyAppFactory { UseKestrelServer = true, ServerConnectionString = _server.ConnectionString() };
        await _app.StartAsync("nvzh_outage");
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.StartServerAsync().ContinueWith(_ => { }); // the database must be up to drop it
        await _app.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Input_made_while_the_database_is_down_is_kept_and_saved_when_it_is_back()
    {
        var organisationId = await OrganisationIdAsync("demo-05");
        var page = await BrowserFixture.NewPageAsync(_browser, _app.BaseAddress);
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var interviewer = page.GetByLabel("Interviewer");
        await BrowserFixture.ChangeAndWaitForSaveAsync(page, async () =>
        {
            await interviewer.FillAsync("Voor de storing");
            await interviewer.BlurAsync();
        });

        await _server.StopServerAsync();
        await interviewer.FillAsync("Tijdens de storing ingevuld");
        await interviewer.BlurAsync();

        await Assertions.Expect(page.GetByTestId("save-error")).ToContainTextAsync("geen verbinding met de database", new() { Timeout = 30_000 });
        await Assertions.Expect(interviewer).ToHaveValueAsync("Tijdens de storing ingevuld");
        (await _app.CreateBrowserlessClient().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        await BrowserFixture.ScreenshotAsync(page, "fault-database-down");

        await _server.StartServerAsync();

        await Assertions.Expect(page.GetByTestId("save-state")).ToHaveAttributeAsync("data-state", "Saved", Slow);
        await Assertions.Expect(interviewer).ToHaveValueAsync("Tijdens de storing ingevuld");
        await using var db = _app.Database.CreateDbContext();
        var stored = await db.Responses.Where(r => r.OrganisationId == organisationId && r.Edition!.Year == 2025).Select(r => r.Interviewer).SingleAsync();
        stored.Should().Be("Tijdens de storing ingevuld");
        (await _app.CreateBrowserlessClient().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<int> OrganisationIdAsync(string key)
    {
        await using var db = _app.Database.CreateDbContext();
        return await db.Organisations.Where(o => o.Key == key).Select(o => o.Id).SingleAsync();
    }
}
