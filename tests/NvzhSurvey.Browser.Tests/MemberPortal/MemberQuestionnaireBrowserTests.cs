using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.MemberPortal;

[Collection(BrowserCollection.Name)]
public class MemberQuestionnaireBrowserTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_member_fills_in_and_submits_and_staff_see_the_history_and_complete_it()
    {
        int organisationId;
        await using (var db = browser.App.Database.CreateDbContext())
        {
            organisationId = await db.Organisations.Where(o => o.Key == "demo-03").Select(o => o.Id).SingleAsync();
        }

        await browser.App.CreateUserAsync("lid-vragenlijst@demo-03.example", Roles.Member, organisationId);
        var member = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(member, "lid-vragenlijst@demo-03.example");
        await member.GetByRole(AriaRole.Link, new() { Name = "Vragenlijst invullen" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(member);
        await Assertions.Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Vragenlijst 2025", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(member.GetByLabel("Interne notities", new() { Exact = false })).ToHaveCountAsync(0);

        var choices = member.Locator("[data-kind='SingleChoice'], [data-kind='MultipleChoice']");
        await Assertions.Expect(choices.First).ToBeVisibleAsync();
        for (var i = 0; i < await choices.CountAsync(); i++)
        {
            await choices.Nth(i).Locator("input[type=radio], input[type=checkbox]").First.CheckAsync();
        }

        await Number(member, "activity_count").FillAsync("5");
        await Number(member, "founded_year").FillAsync("2015");
        await Number(member, "revenue").FillAsync("412.000");
        await BrowserFixture.ChangeAndWaitForSaveAsync(member, async () =>
        {
            await Number(member, "fte").FillAsync("4,5");
            await Number(member, "fte").BlurAsync();
        });
        await member.GetByTestId("finish-panel").GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync();
        await member.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync(); // asks first
        await Assertions.Expect(member.GetByTestId("member-summary-banner")).ToContainTextAsync("U heeft de vragenlijst ingediend op", new() { Timeout = 30_000 });
        await Assertions.Expect(member.GetByTestId("member-summary").Locator("input")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(member, "member-questionnaire-submitted");

        var staff = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(staff, SurveyAppFactory.AdminEmail);
        await staff.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await Assertions.Expect(staff.GetByTestId("response-status")).ToHaveTextAsync("Ingediend door lid", Slow);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Geschiedenis tonen" }).ClickAsync();
        var history = staff.GetByTestId("history");
        await Assertions.Expect(history).ToContainTextAsync("Aantal fte werkzaam (2025)");
        await Assertions.Expect(history).ToContainTextAsync("4,5");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Afgerond" }).ClickAsync();
        await staff.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Afronden" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("response-status")).ToHaveTextAsync("Afgerond", Slow);

        await member.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(member);
        await Assertions.Expect(member.GetByTestId("member-summary-banner")).ToContainTextAsync("Afgerond door NVZH", new() { Timeout = 30_000 });
        await BrowserFixture.ScreenshotAsync(member, "member-questionnaire-completed");
        await Assertions.Expect(member.GetByRole(AriaRole.Button, new() { Name = "Indienen" })).ToHaveCountAsync(0);
    }

    private static ILocator Number(IPage page, string key) => page.GetByTestId("vraag-" + key).Locator("input").First;
}
