using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Faults;

/// <summary>The app process is killed right after an autosave was acknowledged: the answer is there after a restart.</summary>
public sealed class ProcessKillTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("nvzh_kill", migrate: false);
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_acknowledged_autosave_survives_killing_the_app()
    {
        await using var app = new AppProcess(_database.ConnectionString);
        await app.StartAsync();
        int organisationId;
        await using (var db = _database.CreateDbContext())
        {
            organisationId = await db.Organisations.Where(o => o.Key == "demo-09").Select(o => o.Id).SingleAsync();
        }

        var page = await BrowserFixture.NewPageAsync(_browser, app.BaseAddress);
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.ChangeAndWaitForSaveAsync(page, async () =>
        {
            await page.GetByLabel("Interviewer").FillAsync("Vlak voor de crash");
            await page.GetByLabel("Interviewer").BlurAsync();
        });

        app.Kill();

        await using (var db = _database.CreateDbContext())
        {
            (await db.Responses.Where(r => r.OrganisationId == organisationId && r.Edition!.Year == 2025).Select(r => r.Interviewer).SingleAsync())
                .Should().Be("Vlak voor de crash");
        }

        await app.StartAsync();
        var again = await BrowserFixture.NewPageAsync(_browser, app.BaseAddress);
        await BrowserFixture.LoginAsync(again, SurveyAppFactory.AdminEmail);
        await again.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(again);
        await Assertions.Expect(again.GetByLabel("Interviewer")).ToHaveValueAsync("Vlak voor de crash");
    }
}
