using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Web.Tests.Mail;

[Collection(MailCycleCollection.Name)]
public sealed class ReminderScheduleTests(MailCycleFixture fixture)
{
    [Fact]
    public async Task Reminders_go_on_the_scheduled_days_only_to_members_that_have_not_submitted_with_the_template_as_it_is_then()
    {
        const string domain = "herinnering.test";
        var clock = MailCycleFixture.Clock(2042);
        var (editionId, organisations) = await fixture.CreateEditionAsync(2033, domain, 3);
        await fixture.SaveSettingsAsync(2033, "Versie 1 voor {organisatie}", "14, 28");
        await fixture.Invitations(clock).SendAsync(Actor.System(), 2033);
        await using (var db = await fixture.Db.CreateDbContextAsync())
        {
            db.Responses.Add(new Response { EditionId = editionId, OrganisationId = organisations[1], Status = ResponseStatus.SubmittedByMember, SubmittedAt = clock.GetUtcNow() });
            db.Responses.Add(new Response { EditionId = editionId, OrganisationId = organisations[2], Status = ResponseStatus.Draft });
            await db.SaveChangesAsync();
        }

        clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        var beforeDay14 = await fixture.Reminders(clock).RunAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        var onDay14 = await fixture.Reminders(clock).RunAsync();
        var day14Again = await fixture.Reminders(clock).RunAsync();
        await fixture.SaveSettingsAsync(2033, "Versie 2 voor {organisatie}", "14, 28");
        await using (var db = await fixture.Db.CreateDbContextAsync())
        {
            await db.Responses.Where(r => r.EditionId == editionId && r.OrganisationId == organisations[2])
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ResponseStatus.Completed));
        }

        clock.Advance(TimeSpan.FromDays(14));
        var onDay28 = await fixture.Reminders(clock).RunAsync();
        await fixture.Dispatcher(clock).DispatchDueAsync();

        beforeDay14.Should().Be(0);
        onDay14.Should().Be(2, "the submitted member gets no reminder");
        day14Again.Should().Be(0);
        onDay28.Should().Be(1, "the completed member's reminders stopped by themselves");
        var reminders = (await fixture.ReceivedAtAsync(domain)).Where(m => m.Subject!.StartsWith("Herinnering: ")).ToList();
        reminders.Select(m => (m.To.Mailboxes.Single().Address, m.TextBody!.Contains("Versie 2"))).Should().BeEquivalentTo(new[]
        {
            ("contact1@" + domain, false), ("contact3@" + domain, false), ("contact1@" + domain, true),
        });
        reminders.Should().NotContain(m => m.To.Mailboxes.Single().Address == "contact2@" + domain);
    }
}
