using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Faults;

/// <summary>The browser loses its connection (the Blazor circuit's WebSocket drops) while editing and reconnects.</summary>
[Collection(BrowserCollection.Name)]
public class ConnectionDropTests(BrowserFixture browser)
{
    [Fact]
    public async Task Answers_given_before_the_connection_drops_are_stored_and_editing_goes_on_after_reconnecting()
    {
        int organisationId;
        await using (var db = browser.App.Database.CreateDbContext())
        {
            organisationId = await db.Organisations.Where(o => o.Key == "demo-07").Select(o => o.Id).SingleAsync();
        }

        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);
        await page.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var interviewer = page.GetByLabel("Interviewer");
        await BrowserFixture.ChangeAndWaitForSaveAsync(page, async () =>
        {
            await interviewer.FillAsync("Voor de onderbreking");
            await interviewer.BlurAsync();
        });

        // Record Blazor's reconnection states, then drop the circuit's connection the way ASP.NET Core's own
        // end-to-end tests do; Blazor shows its reconnect state and reconnects to the same circuit.
        await page.EvaluateAsync("""
            () => {
                window.reconnectStates = [];
                document.getElementById('components-reconnect-modal')
                    .addEventListener('components-reconnect-state-changed', e => window.reconnectStates.push(e.detail.state));
                Blazor._internal.forceCloseConnection();
            }
            """);
        await page.WaitForFunctionAsync("() => window.reconnectStates.includes('show') && window.reconnectStates.at(-1) === 'hide'",
            null, new() { Timeout = 30_000 });

        (await StoredInterviewerAsync(organisationId)).Should().Be("Voor de onderbreking");
        await BrowserFixture.ChangeAndWaitForSaveAsync(page, async () =>
        {
            await interviewer.FillAsync("Na de onderbreking");
            await interviewer.BlurAsync();
        });
        (await StoredInterviewerAsync(organisationId)).Should().Be("Na de onderbreking");
    }

    private async Task<string?> StoredInterviewerAsync(int organisationId)
    {
        await using var db = browser.App.Database.CreateDbContext();
        return await db.Responses.Where(r => r.OrganisationId == organisationId && r.Edition!.Year == 2025).Select(r => r.Interviewer).SingleAsync();
    }
}
