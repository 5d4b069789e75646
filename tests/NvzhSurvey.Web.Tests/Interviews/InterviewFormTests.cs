using NvzhSurvey.Core.Accounts;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Web.Features.Editions;
using NvzhSurvey.Web.Features.Interviews;
using NvzhSurvey.Web.Features.Organisations;

namespace NvzhSurvey.Web.Tests.Interviews;

/// <summary>The whole interview form against the app's PostgreSQL database with demo data (a different organisation per test).</summary>
[Collection(AppCollection.Name)]
public class InterviewFormTests : ComponentTest
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);
    private readonly AppFixture _app;

    public InterviewFormTests(AppFixture app)
    {
        _app = app;
        var actor = new SystemActor("medewerker@nvzh.example");
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(actor));
        Context.Services.AddSingleton<ICurrentActor>(actor);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddLogging();
        Context.Services.AddOrganisations().AddEditions().AddInterviews();
        // Submitting queues mails to the member and staff, with links from the app's public address.
        Context.Services.AddSingleton(_app.Factory.Services.GetRequiredService<IPublicLinks>());
    }

    private async Task<int> OrganisationAsync(string key)
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        return await db.Organisations.Where(o => o.Key == key).Select(o => o.Id).SingleAsync();
    }

    private IRenderedComponent<InterviewForm> Render(int organisationId, bool memberMode = false)
    {
        var form = Context.Render<InterviewForm>(p => p
            .Add(c => c.EditionYear, 2025)
            .Add(c => c.OrganisationId, organisationId)
            .Add(c => c.MemberMode, memberMode)
            .Add(c => c.Actor, memberMode ? Actor.Member(null, "Lid", organisationId) : Actor.Staff(null, "Medewerker")));
        form.WaitForElement("[data-testid=save-state]", SaveTimeout);
        return form;
    }

    [Fact]
    public async Task The_prerender_shows_a_loading_bar_and_builds_no_form_so_nothing_is_typed_into_a_dead_input()
    {
        Context.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        var loaded = 0;
        var organisationId = await OrganisationAsync("demo-22");

        var form = Context.Render<InterviewForm>(p => p
            .Add(c => c.EditionYear, 2025)
            .Add(c => c.OrganisationId, organisationId)
            .Add(c => c.Actor, Actor.Staff(null, "Medewerker"))
            .Add(c => c.OnLoaded, _ => loaded++));

        form.Find("[data-testid=interview-loading]").TextContent.Should().Be("Het formulier wordt geladen…");
        form.FindAll("input, textarea, [data-testid=interview-form]").Should().BeEmpty();
        loaded.Should().Be(0, "the form is loaded once, by the circuit");
    }

    [Fact]
    public async Task Taking_over_last_years_answers_marks_every_section_until_it_is_confirmed()
    {
        var form = Render(await OrganisationAsync("demo-20"));

        form.Find("[data-testid=prefill-offer] button").Click();

        form.WaitForAssertion(() => form.FindAll("[data-testid=awaiting-confirmation]").Should().HaveCount(3), SaveTimeout);
        form.FindAll("[data-testid=prefill-offer]").Should().BeEmpty();
        form.Find("button[aria-label='Antwoorden van Mensen en activiteiten bevestigen']").Click();
        form.WaitForAssertion(() => form.FindAll("[data-testid=awaiting-confirmation]").Should().HaveCount(2), SaveTimeout);
        form.Find("[data-testid=sectie-people_activities]").QuerySelectorAll("input:checked").Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_change_is_saved_automatically_and_a_wrong_value_is_not()
    {
        var organisationId = await OrganisationAsync("demo-21");
        var form = Render(organisationId);
        var fte = form.Find("[data-testid=vraag-fte] input");

        fte.Input("9,625");
        form.WaitForAssertion(() => form.Find("[data-testid=save-state]").GetAttribute("data-state").Should().Be("Invalid"), SaveTimeout);
        form.Find("[data-testid=vraag-fte]").TextContent.Should().Contain("Gebruik maximaal twee decimalen.");
        form.Find("[data-testid=vraag-fte] input").Input("9,62");

        form.WaitForAssertion(() => form.Find("[data-testid=save-state]").GetAttribute("data-state").Should().Be("Saved"), SaveTimeout);
        form.Find("[data-testid=save-state]").TextContent.Should().Contain("Opgeslagen");
        form.Find("[data-testid=last-changed]").TextContent.Should().Contain("Laatst gewijzigd door medewerker@nvzh.example");
        await using var db = _app.Factory.Database.CreateDbContext();
        // The first save also stores the organisation's founding year and legal form (organisation facts); the fte is the one typed.
        var stored = await db.Answers.Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.OrganisationId == organisationId && r.Edition!.Year == 2025)
                                               && db.Questions.Any(q => q.Id == a.QuestionId && q.Key == "fte"))
            .Select(a => a.NumberValue).ToListAsync();
        stored.Should().Equal(9.62m);

        form.FindAll("button").Single(b => b.TextContent.Contains("Geschiedenis tonen")).Click();
        form.WaitForAssertion(() => form.Find("[data-testid=history]").TextContent.Should().Contain("Aantal fte werkzaam (2025)").And.Contain("9,62").And.Contain("medewerker@nvzh.example"), SaveTimeout);
    }

    [Fact]
    public async Task Leaving_the_page_saves_what_is_still_pending()
    {
        var organisationId = await OrganisationAsync("demo-23");
        var form = Render(organisationId);

        form.Find("[data-testid=vraag-revenue] input").Input("938.528");
        form.WaitForAssertion(() => form.Find("[data-testid=save-state]").GetAttribute("data-state").Should().Be("Pending"), SaveTimeout);
        await Context.DisposeComponentsAsync();

        await using var db = _app.Factory.Database.CreateDbContext();
        var stored = await db.Answers.Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.OrganisationId == organisationId && r.Edition!.Year == 2025)
                                               && db.Questions.Any(q => q.Id == a.QuestionId && q.Key == "revenue"))
            .Select(a => a.NumberValue).ToListAsync();
        stored.Should().Equal(938528m);
    }

    [Fact]
    public async Task A_closed_edition_is_shown_read_only()
    {
        var form = Context.Render<InterviewForm>(p => p.Add(c => c.EditionYear, 2024).Add(c => c.OrganisationId, 0).Add(c => c.Actor, Actor.Staff(null, "Medewerker")));
        form.WaitForAssertion(() => form.Markup.Should().Contain("Deze editie of organisatie bestaat niet."), SaveTimeout);

        var organisationId = await OrganisationAsync("demo-24");
        var closed = Context.Render<InterviewForm>(p => p.Add(c => c.EditionYear, 2024).Add(c => c.OrganisationId, organisationId).Add(c => c.Actor, Actor.Staff(null, "Medewerker")));

        closed.WaitForAssertion(() => closed.Markup.Should().Contain("Deze editie is gesloten"), SaveTimeout);
        closed.Find("[data-testid=response-status]").TextContent.Should().Be("Afgerond");
        closed.FindAll("[data-testid=sectie-funding_organisation] input:not([readonly])").Where(i => i.GetAttribute("type") is "text" or null)
            .Should().BeEmpty();
        closed.FindAll("[data-testid=prefill-offer]").Should().BeEmpty();
    }

    [Fact]
    public async Task Member_mode_hides_the_interview_details_and_offers_to_submit()
    {
        var organisationId = await OrganisationAsync("demo-22");
        // Before there is a response: last year's answers are offered, in the member's wording.
        Render(organisationId, memberMode: true).Find("[data-testid=prefill-offer]").TextContent.Should().Contain("U heeft in 2024 de vragenlijst ingevuld");
        // A response with history (staff saved the interview details), which staff see and a member must not.
        await using (var db = _app.Factory.Database.CreateDbContext())
        {
            var editionId = await db.Editions.Where(e => e.Year == 2025).Select(e => e.Id).SingleAsync();
            var saved = await Context.Services.GetRequiredService<InterviewWriter>().SaveAsync(Actor.Staff(null, "Medewerker"), editionId, organisationId,
                new InterviewChanges(null) { Details = new InterviewDetails(null, "Interviewer van demo-22", null) });
            saved.Outcome.Should().Be(SaveOutcome.Saved);
        }

        var staff = Render(organisationId);
        staff.FindAll("button").Single(b => b.TextContent.Contains("Geschiedenis tonen")).Click();
        staff.WaitForAssertion(() => staff.Find("[data-testid=history]").TextContent.Should().Contain("Interview aangemaakt"), SaveTimeout);

        var form = Render(organisationId, memberMode: true);

        form.Markup.Should().NotContain("Interviewgegevens").And.NotContain("Interne notities").And.NotContain("Geschiedenis");
        form.FindAll("button").Select(b => b.TextContent.Trim()).Should().Contain("Indienen").And.NotContain("Afgerond");
    }
}
