using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Web.Tests.Mail;

[Collection(MailCycleCollection.Name)]
public sealed class CycleProgressTests(MailCycleFixture fixture)
{
    [Fact]
    public async Task The_progress_table_counts_invited_reminded_submitted_planned_completed_and_overdue_members()
    {
        const string domain = "voortgang.test";
        var clock = MailCycleFixture.Clock(2070);
        var (editionId, organisations) = await fixture.CreateEditionAsync(2035, domain, 5, lastWithoutAddress: true);
        await fixture.SaveSettingsAsync(2035, "Tekst {link}", "7", deadline: new DateTime(2070, 3, 20));
        await fixture.Invitations(clock).SendAsync(Actor.System(), 2035);
        await using (var db = await fixture.Db.CreateDbContextAsync())
        {
            db.Responses.Add(new Response { EditionId = editionId, OrganisationId = organisations[0], Status = ResponseStatus.SubmittedByMember, SubmittedAt = clock.GetUtcNow() });
            db.Responses.Add(new Response { EditionId = editionId, OrganisationId = organisations[1], Status = ResponseStatus.Completed, SubmittedAt = clock.GetUtcNow(), CompletedAt = clock.GetUtcNow() });
            db.Responses.Add(new Response { EditionId = editionId, OrganisationId = organisations[2], Status = ResponseStatus.Draft });
            await db.SaveChangesAsync();
        }

        await new InterviewPlanner(fixture.Db, clock, fixture.Service<OrganiserAddress>())
            .PlanAsync(Actor.System(), 2035, organisations[1], new DateOnly(2070, 4, 1), new TimeOnly(10, 0), "Anna");
        clock.Advance(TimeSpan.FromDays(7));
        await fixture.Reminders(clock).RunAsync();
        var beforeDeadline = await new CycleProgress(fixture.Db, clock).LoadAsync(2035);
        clock.Advance(TimeSpan.FromDays(13)); // 21 March 2070: the deadline of 20 March has passed
        var afterDeadline = await new CycleProgress(fixture.Db, clock).LoadAsync(2035);

        beforeDeadline!.Counts.Should().Be(new CycleProgressCounts(Members: 5, Invited: 4, Reminded: 2, ProfileChecked: 0, Submitted: 2,
            InterviewPlanned: 1, Completed: 1, Overdue: 0));
        afterDeadline!.Counts.Overdue.Should().Be(3, "members 3, 4 and 5 have not submitted (5 was never invited, it has no address)");
        afterDeadline.Rows.Single(r => r.OrganisationId == organisations[1]).Should().Match<CycleProgressRow>(r =>
            r.Completed && r.InterviewPlanned && r.Interviewer == "Anna" && r.RemindersSent == 0 && !r.Overdue);
        afterDeadline.Rows.Single(r => r.OrganisationId == organisations[4]).Invited.Should().BeFalse();
    }
}
