using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Web.Features.Editions;
using NvzhSurvey.Web.Features.Interviews;
using NvzhSurvey.Web.Features.Organisations;

namespace NvzhSurvey.Web.Tests.Interviews;

/// <summary>The member's questionnaire after "Indienen": a read-only summary with a banner and "Wijziging doorgeven".</summary>
[Collection(AppCollection.Name)]
public class MemberSummaryTests : ComponentTest
{
    private readonly AppFixture _app;

    public MemberSummaryTests(AppFixture app)
    {
        _app = app;
        var actor = new SystemActor("lid@demo.example");
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(actor));
        Context.Services.AddSingleton<ICurrentActor>(actor);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddLogging();
        Context.Services.AddOrganisations().AddEditions().AddInterviews();
        // Submitting queues mails to the member and staff, with links from the app's public address.
        Context.Services.AddSingleton(_app.Factory.Services.GetRequiredService<IPublicLinks>());
    }

    [Fact]
    public void A_submitted_questionnaire_is_a_summary_without_inputs_with_the_submission_date()
    {
        var form = SectionIndexTests.Form();
        form.Status = ResponseStatus.SubmittedByMember;
        form.SubmittedAt = new DateTimeOffset(2025, 3, 15, 23, 30, 0, TimeSpan.Zero); // 16 March in Amsterdam

        var summary = Context.Render<MemberSummary>(p => p.Add(c => c.Form, form).Add(c => c.AllowChangeRequest, true));

        summary.FindAll("input, textarea").Should().BeEmpty();
        summary.Find("[data-testid=member-summary-banner]").TextContent.Should().Contain("U heeft de vragenlijst ingediend op 16 maart 2025");
        summary.Markup.Should().Contain("Hoeveel a heeft uw organisatie?");
        summary.Find("[data-testid=summary-b]").TextContent.Should().Be("Niet beantwoord");
        summary.Find("[data-testid=change-request]").TextContent.Should().Contain("Wijziging doorgeven");
    }

    [Fact]
    public void A_completed_questionnaire_says_so_and_an_earlier_edition_offers_no_change_request()
    {
        var form = SectionIndexTests.Form();
        form.Status = ResponseStatus.Completed;
        form.CompletedAt = new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero);

        var summary = Context.Render<MemberSummary>(p => p.Add(c => c.Form, form));

        summary.Find("[data-testid=member-summary-banner]").TextContent.Should().Contain("Afgerond door NVZH op 1 april 2025");
        summary.FindAll("[data-testid=change-request]").Should().BeEmpty();
    }

    [Fact]
    public async Task Wijziging_doorgeven_sends_staff_a_message_that_the_interview_page_shows()
    {
        int organisationId;
        await using (var db = _app.Factory.Database.CreateDbContext())
        {
            organisationId = await db.Organisations.Where(o => o.Key == "demo-19").Select(o => o.Id).SingleAsync();
            var editionId = await db.Editions.Where(e => e.Year == 2025).Select(e => e.Id).SingleAsync();
            var response = await db.Responses.SingleOrDefaultAsync(r => r.EditionId == editionId && r.OrganisationId == organisationId);
            if (response is null)
            {
                response = new Response { EditionId = editionId, OrganisationId = organisationId };
                db.Responses.Add(response);
            }

            response.Status = ResponseStatus.SubmittedByMember;
            response.SubmittedAt = DateTimeOffset.UtcNow.AddMinutes(-5);
            await db.SaveChangesAsync();
        }

        var loader = Context.Services.GetRequiredService<InterviewLoader>();
        var form = (await loader.LoadAsync(new EditionYear(2025), organisationId))!;
        var summary = Context.Render<MemberSummary>(p => p.Add(c => c.Form, form).Add(c => c.AllowChangeRequest, true));

        summary.Find("[data-testid=change-request]").Click();
        summary.Find("textarea").Change("Wij hebben sinds maart ook een online inloop.");
        summary.FindAll("button").Single(b => b.TextContent.Contains("Versturen")).Click();

        summary.WaitForElement("[data-testid=change-request-sent]", TimeSpan.FromSeconds(10));
        var reloaded = await loader.LoadAsync(new EditionYear(2025), organisationId);
        reloaded!.ChangeRequest!.Message.Should().Be("Wij hebben sinds maart ook een online inloop.");
    }
}
