using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Mail;

[Collection(MailCycleCollection.Name)]
public sealed class SubmissionMailTests(MailCycleFixture fixture)
{
    [Fact]
    public async Task Submitting_mails_the_member_a_confirmation_and_staff_a_notification_with_links_from_the_public_address()
    {
        const string domain = "indienen.test";
        var (editionId, organisations) = await fixture.CreateEditionAsync(2036, domain, 1);
        await using (var setup = await fixture.Db.CreateDbContextAsync())
        {
            // Complete enough to submit: the edition has no questions, and one counted location.
            setup.Locations.Add(new NvzhSurvey.Core.Organisations.Location { OrganisationId = organisations[0], Name = "Hoofdlocatie" });
            await setup.SaveChangesAsync();
        }

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<InterviewStatusChanger>()
                .SubmitAsync(Actor.Member("lid", "Els Jansen", organisations[0]), new EditionYear(2036), organisations[0], null);
            result.Outcome.Should().Be(SaveOutcome.Saved, result.Message);
        }

        await fixture.Dispatcher(MailCycleFixture.Clock(2080)).DispatchDueAsync();

        await using var db = await fixture.Db.CreateDbContextAsync();
        (await db.Responses.SingleAsync(r => r.EditionId == editionId)).Status.Should().Be(ResponseStatus.SubmittedByMember);
        var confirmation = (await fixture.ReceivedAtAsync(domain)).Single();
        confirmation.Subject.Should().Be("Ontvangen: ledenonderzoek NVZH 2036");
        confirmation.TextBody.Should().Contain($"Zorghuis {domain} 1").And.Contain("Els Jansen").And.Contain(fixture.Factory.LinkBaseUrl + "/mijn-organisatie");
        var notification = (await fixture.ReceivedAtAsync("nvzh.example")).Single(m => m.Subject == $"Ingediend: Zorghuis {domain} 1 (2036)");
        notification.To.Mailboxes.Single().Address.Should().Be(SurveyAppFactory.AdminEmail);
        notification.TextBody.Should().Contain($"{fixture.Factory.LinkBaseUrl}/edities/2036/interviews/{organisations[0]}");
    }
}
