using System.Text;
using MimeKit;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Cycle;

namespace NvzhSurvey.Web.Tests.Mail;

[Collection(MailCycleCollection.Name)]
public sealed class InterviewPlanningMailTests(MailCycleFixture fixture)
{
    [Fact]
    public async Task The_contact_receives_the_interview_as_ics_and_a_change_updates_the_same_event_with_a_higher_sequence()
    {
        const string domain = "planning.test";
        var clock = MailCycleFixture.Clock(2060);
        var (_, organisations) = await fixture.CreateEditionAsync(2034, domain, 1);
        var planner = new InterviewPlanner(fixture.Db, clock, fixture.Service<OrganiserAddress>());

        var planned = await planner.PlanAsync(Actor.System(), 2034, organisations[0], new DateOnly(2034, 3, 14), new TimeOnly(10, 30), "Anna de Vries");
        var unchanged = await planner.PlanAsync(Actor.System(), 2034, organisations[0], new DateOnly(2034, 3, 14), new TimeOnly(10, 30), "Anna de Vries");
        var moved = await planner.PlanAsync(Actor.System(), 2034, organisations[0], new DateOnly(2034, 11, 2), new TimeOnly(14, 0), "Anna de Vries");
        var byMember = await planner.PlanAsync(Actor.Member("u", "Lid", organisations[0]), 2034, organisations[0], new DateOnly(2034, 11, 3), new TimeOnly(9, 0), "X");
        await fixture.Dispatcher(clock).DispatchDueAsync();

        planned.Succeeded.Should().BeTrue();
        unchanged.Succeeded.Should().BeTrue();
        moved.Succeeded.Should().BeTrue();
        byMember.Error.Should().Be(Actor.NotAllowedMessage);
        var received = await fixture.ReceivedAtAsync(domain);
        received.Should().HaveCount(2, "an unchanged plan sends nothing, a refused one neither");
        var first = Calendar(received.Single(m => !m.Subject!.StartsWith("Gewijzigd")));
        var update = Calendar(received.Single(m => m.Subject!.StartsWith("Gewijzigd")));
        first.Should().Contain("METHOD:REQUEST\r\n").And.Contain("SEQUENCE:0\r\n")
            .And.Contain("DTSTART;TZID=Europe/Amsterdam:20340314T103000\r\n").And.Contain("DTEND;TZID=Europe/Amsterdam:20340314T120000\r\n")
            .And.Contain("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n")
            .And.Contain($"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:contact1@{domain}\r\n")
            .And.Contain(@"DESCRIPTION:Interviewer: Anna de Vries");
        update.Should().Contain("SEQUENCE:1\r\n").And.Contain("DTSTART;TZID=Europe/Amsterdam:20341102T140000\r\n");
        Line(first, "UID:").Should().Be(Line(update, "UID:")).And.EndWith("@nvzh-ledenonderzoek");
        first.Split("\r\n").Should().OnlyContain(line => Encoding.UTF8.GetByteCount(line) <= 75, "RFC 5545 folds long lines");
    }

    [Fact]
    public void Text_values_are_escaped_and_long_lines_folded()
    {
        var ics = IcsCalendar.Build(new InterviewAppointment
        {
            Interviewer = "Jan; Piet, en\nKees", Date = new DateOnly(2034, 1, 2), Time = new TimeOnly(9, 0), Uid = Guid.Empty,
        }, new string('é', 60), "noreply@nvzh.example", "a@b.example", DateTimeOffset.UnixEpoch);

        ics.Should().Contain(@"DESCRIPTION:Interviewer: Jan\; Piet\, en\nKees").And.Contain("\r\n é");
    }

    private static string Calendar(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single();
        part.ContentType.MimeType.Should().Be("text/calendar");
        part.FileName.Should().Be("interview.ics");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Line(string ics, string prefix) => ics.Split("\r\n").Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
