using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Time;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Interviews;

/// <summary>
/// A whole questionnaire conducted only through the section index and "Volgende onbeantwoorde vraag" until the
/// progress says complete; then "Indienen", the member's read-only summary, and the history as staff read it.
/// </summary>
[Collection(IntakeBrowserCollection.Name)]
public class WholeInterviewBrowserTests(BrowserFixture browser)
{
    private const string MemberName = "Fatima el Amrani";

    [Fact]
    public async Task A_member_answers_every_question_through_next_unanswered_submits_and_staff_read_the_history_in_dutch()
    {
        var (organisationId, email) = await MemberOfAnOrganisationWithoutResponseAsync();
        var member = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(member, email);
        await member.GotoAsync("/mijn-organisatie/vragenlijst");
        await BrowserFixture.WaitForInteractiveAsync(member);
        var progress = member.GetByTestId("overall-progress");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-complete", "false");
        await Shot(member, "whole-interview-1-start");

        var answered = new List<string>();
        for (var step = 0; step < 40 && await progress.GetAttributeAsync("data-complete") != "true"; step++)
        {
            await member.GetByTestId("next-unanswered").ClickAsync();
            // The jump focuses a field of the question; answer that question by its kind.
            var handle = await member.WaitForFunctionAsync("() => document.activeElement?.closest('[data-kind]')?.dataset.testid ?? null",
                null, new() { Timeout = 30_000 });
            var testId = await handle.JsonValueAsync<string>();
            answered.Add(testId);
            var question = member.GetByTestId(testId);
            await BrowserFixture.ChangeAndWaitForSaveAsync(member, () => AnswerAsync(question, testId));
            if (answered.Count == 6)
            {
                await Shot(member, "whole-interview-2-halfway");
            }
        }

        await Assertions.Expect(progress).ToHaveAttributeAsync("data-complete", "true");
        answered.Should().OnlyHaveUniqueItems("each jump lands on a question not answered yet");
        await Assertions.Expect(member.GetByTestId("section-index").Locator("li[data-complete='true']")).ToHaveCountAsync(3);
        await Assertions.Expect(member.GetByTestId("section-index").Locator("li[data-complete='false']")).ToHaveCountAsync(0);
        await Assertions.Expect(member.GetByTestId("next-unanswered")).ToHaveCountAsync(0);
        await Shot(member, "whole-interview-3-complete");

        await member.GetByTestId("finish-panel").GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync();
        await member.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Indienen" }).ClickAsync();
        var banner = member.GetByTestId("member-summary-banner");
        await Assertions.Expect(banner).ToContainTextAsync("U heeft de vragenlijst ingediend op", new() { Timeout = 30_000 });
        await Assertions.Expect(member.GetByTestId("member-summary").Locator("input, textarea")).ToHaveCountAsync(0);
        await Assertions.Expect(member.GetByTestId("summary-fte")).ToHaveTextAsync("4,5");
        await Assertions.Expect(member.GetByRole(AriaRole.Button, new() { Name = "Wijziging doorgeven" })).ToBeVisibleAsync();
        await Shot(member, "whole-interview-4-submitted");

        var staff = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(staff, SurveyAppFactory.AdminEmail);
        await staff.GotoAsync($"/edities/2025/interviews/{organisationId}");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Geschiedenis tonen" }).ClickAsync();
        var history = staff.GetByTestId("history");
        await Assertions.Expect(history).ToContainTextAsync("Aantal fte werkzaam (2025)"); // the label, not "fte"
        await Assertions.Expect(history).ToContainTextAsync("4,5");                        // nl-NL decimal
        await Assertions.Expect(history).ToContainTextAsync("€ 412.000");                  // nl-NL euro
        await Assertions.Expect(history).ToContainTextAsync("Ingediend door lid");          // Dutch status
        await Assertions.Expect(history).ToContainTextAsync(MemberName);                   // display name
        await Assertions.Expect(history).Not.ToContainTextAsync(email);
        await Assertions.Expect(history).Not.ToContainTextAsync("activity_count");
        await Assertions.Expect(history).Not.ToContainTextAsync("SubmittedByMember");
        // Amsterdam time: the newest entry was written a moment ago.
        var head = await history.Locator(".history-head").First.InnerTextAsync();
        var now = DateTimeOffset.UtcNow;
        Enumerable.Range(-3, 5).Select(m => DutchTime.Format(now.AddMinutes(m))).Should().Contain(s => head.Contains(s), head);
        await staff.EvaluateAsync("document.getElementById('geschiedenis').scrollIntoView()");
        await Shot(staff, "whole-interview-5-history");
    }

    private static async Task AnswerAsync(ILocator question, string testId)
    {
        var kind = await question.GetAttributeAsync("data-kind");
        switch (kind)
        {
            case "SingleChoice" or "MultipleChoice" or "LocationCount":
                await question.Locator("input[type=radio], input[type=checkbox]").First.CheckAsync();
                break;
            case "Text":
                await question.Locator("textarea").First.FillAsync("Een antwoord in tekst");
                await question.Locator("textarea").First.BlurAsync();
                break;
            default:
                var input = question.Locator("input").First;
                await input.FillAsync(testId switch
                {
                    "vraag-fte" => "4,5",
                    "vraag-revenue" => "412.000",
                    "vraag-founded_year" => "2015",
                    "vraag-activity_count" => "5",
                    _ => "3",
                });
                await input.BlurAsync();
                break;
        }
    }

    private async Task<(int OrganisationId, string Email)> MemberOfAnOrganisationWithoutResponseAsync()
    {
        await using var db = browser.App.Database.CreateDbContext();
        // From the far end of the demo list, away from the organisations the other intake tests take.
        var organisationId = await db.Organisations
            .Where(o => !db.Responses.Any(r => r.OrganisationId == o.Id && r.Edition!.Year == 2025) && o.Key.StartsWith("demo-"))
            .OrderBy(o => o.Id).Skip(2).Select(o => o.Id).FirstAsync();
        var email = $"lid-geheel-{organisationId}@demo.example";
        var user = await browser.App.CreateUserAsync(email, Roles.Member, organisationId);
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, MemberName));
        return (organisationId, email);
    }

    private static async Task Shot(IPage page, string name)
    {
        await page.WaitForTimeoutAsync(300); // let the smooth scroll of a jump settle before the picture
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png") });
    }
}
