using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.1 A and AA rules, bundled in Deque.AxeCore.Playwright; no network) on the pages people use
/// every week: no serious or critical violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_pages_of_staff_and_board_have_no_serious_accessibility_violations()
    {
        int organisationId;
        await using (var db = browser.App.Database.CreateDbContext())
        {
            organisationId = await db.Organisations.Where(o => o.Key == "demo-11").Select(o => o.Id).SingleAsync();
        }

        var page = await browser.NewPageAsync();
        var login = await ViolationsAsync(page, "/Account/Login", interactive: false);
        await BrowserFixture.LoginAsync(page, SurveyAppFactory.AdminEmail);

        var violations = login
            .Concat(await ViolationsAsync(page, "/"))
            .Concat(await ViolationsAsync(page, "/organisaties"))
            .Concat(await ViolationsAsync(page, "/edities/2025"))
            .Concat(await ViolationsAsync(page, $"/edities/2025/interviews/{organisationId}"))
            .Concat(await ViolationsAsync(page, "/edities/2024/rapport"))
            .Concat(await ViolationsAsync(page, "/edities/2025/vragenlijst"))
            .Concat(await ViolationsAsync(page, "/edities/2025/teksten"))
            .Concat(await ViolationsAsync(page, "/edities/2025/uitwisseling"))
            .Concat(await ViolationsAsync(page, "/beheer/gebruikers"))
            .ToList();

        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task The_member_portal_has_no_serious_accessibility_violations()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "lid@demo-01.example");

        var violations = (await ViolationsAsync(page, "/mijn-organisatie"))
            .Concat(await ViolationsAsync(page, "/mijn-organisatie/vragenlijst"))
            .ToList();

        violations.Should().BeEmpty();
    }

    /// <summary>"page: rule (impact): the first offending elements" for every serious or critical violation.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page, string path, bool interactive = true)
    {
        await page.GotoAsync(path);
        if (interactive)
        {
            await BrowserFixture.WaitForInteractiveAsync(page);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: "
                + string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html[..Math.Min(n.Html.Length, 160)] + " " + string.Join(" ", n.Any.Select(c => c.Message)))))
            .ToList();
    }
}
