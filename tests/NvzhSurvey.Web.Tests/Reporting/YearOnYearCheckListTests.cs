using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Reporting.Checks;
using NvzhSurvey.Web.Features.Reporting;

namespace NvzhSurvey.Web.Tests.Reporting;

/// <summary>
/// The checks against last year on the report page, against the app's database: the demo's open 2025 has no completed
/// responses, so each of 2024's participants is listed as "afgerond in 2024, niet in 2025". Resolutions are removed afterwards.
/// </summary>
[Collection(AppCollection.Name)]
public class YearOnYearCheckListTests : ComponentTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly AppFixture _app;

    public YearOnYearCheckListTests(AppFixture app)
    {
        _app = app;
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(new SystemActor("medewerker@nvzh.example")));
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddScoped<YearOnYearChecker>();
        Context.Services.AddScoped<DataCheckResolver>();
    }

    public override async Task DisposeAsync()
    {
        await using (var db = _app.Factory.Database.CreateDbContext())
        {
            await db.DataCheckResolutions.ExecuteDeleteAsync();
        }

        await base.DisposeAsync();
    }

    [Fact]
    public void A_check_marked_klopt_with_a_reason_shows_as_resolved_with_who_marked_it_and_can_be_reopened()
    {
        var list = Context.Render<YearOnYearCheckList>(p => p.Add(c => c.Year, 2025).Add(c => c.Actor, Actor.Staff("s", "Mila Medewerker")));
        var item = list.WaitForElement($"li[data-testid$='-{YearOnYearCheckKeys.NotAnsweredThisYear}']", Timeout);
        var testId = item.GetAttribute("data-testid")!;
        item.TextContent.Should().Contain("Vragenlijst 2024 afgerond, 2025 niet");
        list.Find($"li[data-testid='{testId}'] a").GetAttribute("href").Should().MatchRegex(@"^/edities/2025/interviews/\d+$");

        ClickKlopt(list, testId);
        list.WaitForElement("[data-testid=klopt-form] input", Timeout).Input("Organisatie is in 2025 gestopt");
        list.FindAll("[data-testid=klopt-form] button").Single(b => b.TextContent.Trim() == "Opslaan").Click();

        list.WaitForAssertion(() => list.Find($"li[data-testid='{testId}'] [data-testid=check-resolution]").TextContent
            .Should().Contain("Klopt: Organisatie is in 2025 gestopt").And.Contain("Mila Medewerker"), Timeout);
        list.Find("[data-testid=year-on-year-summary]").TextContent.Should().MatchRegex(@"waarvan \d+ nog na te lopen");

        list.FindAll($"li[data-testid='{testId}'] button").Single(b => b.TextContent.Trim() == "Weer openzetten").Click();
        list.WaitForAssertion(() => list.FindAll($"li[data-testid='{testId}'] [data-testid=check-resolution]").Should().BeEmpty(), Timeout);
    }

    [Fact]
    public void Klopt_without_a_reason_is_refused_next_to_the_field_and_stores_nothing()
    {
        var list = Context.Render<YearOnYearCheckList>(p => p.Add(c => c.Year, 2025).Add(c => c.Actor, Actor.Staff("s", "Mila Medewerker")));
        var item = list.WaitForElement($"li[data-testid$='-{YearOnYearCheckKeys.NotAnsweredThisYear}']", Timeout);

        ClickKlopt(list, item.GetAttribute("data-testid")!);
        list.WaitForElement("[data-testid=klopt-form]", Timeout);
        list.FindAll("[data-testid=klopt-form] button").Single(b => b.TextContent.Trim() == "Opslaan").Click();

        list.WaitForAssertion(() => list.Find("[data-testid=klopt-form]").TextContent.Should().Contain(DataCheckResolver.ReasonRequiredMessage), Timeout);
        using var db = _app.Factory.Database.CreateDbContext();
        db.DataCheckResolutions.Count().Should().Be(0);
    }

    /// <summary>The item's "Klopt" button (not merely its first button); the form renders after the click, so callers wait for it.</summary>
    private static void ClickKlopt(IRenderedComponent<YearOnYearCheckList> list, string testId) =>
        list.FindAll($"li[data-testid='{testId}'] button").Single(b => b.TextContent.Trim() == "Klopt").Click();
}
