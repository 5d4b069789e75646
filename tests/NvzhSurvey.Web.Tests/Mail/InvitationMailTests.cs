using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Mail;

namespace NvzhSurvey.Web.Tests.Mail;

[Collection(MailCycleCollection.Name)]
public sealed class InvitationMailTests(MailCycleFixture fixture)
{
    [Fact]
    public async Task Every_member_contact_receives_the_invitation_from_the_edition_template_over_smtp_once()
    {
        const string domain = "uitnodiging.test";
        var clock = MailCycleFixture.Clock(2040);
        await fixture.CreateEditionAsync(2031, domain, 3, lastWithoutAddress: true);
        await fixture.SaveSettingsAsync(2031, "Beste {contactpersoon} van {organisatie}, uiterlijk {deadline}: {link}", "14", new DateTime(2031, 4, 1));

        var outcome = await fixture.Invitations(clock).SendAsync(Actor.System(), 2031);
        var again = await fixture.Invitations(clock).SendAsync(Actor.System(), 2031);
        await fixture.Dispatcher(clock).DispatchDueAsync();

        outcome.Sent.Should().Be(2, "the third organisation has no contact address");
        again.Sent.Should().Be(0, "an organisation is invited once per edition");
        var received = await fixture.ReceivedAtAsync(domain);
        received.Select(m => m.To.Mailboxes.Single().Address).Should().BeEquivalentTo("contact1@" + domain, "contact2@" + domain);
        var first = received.Single(m => m.To.Mailboxes.Single().Address == "contact1@" + domain);
        first.Subject.Should().Be($"Uitnodiging Zorghuis {domain} 1");
        first.TextBody!.Trim().Should().Be(
            $"Beste contactpersoon van Zorghuis {domain} 1, uiterlijk 1 april 2031: {fixture.Factory.LinkBaseUrl}/mijn-organisatie");
        first.MessageId.Should().StartWith("outbox-");
    }

    [Fact]
    public async Task Invitations_are_refused_while_the_edition_is_not_open_and_for_a_member()
    {
        var clock = MailCycleFixture.Clock(2041);
        var (_, organisations) = await fixture.CreateEditionAsync(2032, "concept.test", 1, EditionStatus.Draft);

        var draft = await fixture.Invitations(clock).SendAsync(Actor.System(), 2032);
        var member = await fixture.Invitations(clock).SendAsync(Actor.Member("u", "Lid", organisations[0]), 2032);

        draft.Message.Should().Be(NvzhSurvey.Core.Cycle.InvitationSender.NotOpenMessage);
        member.Message.Should().Be(Actor.NotAllowedMessage);
        (await fixture.Service<SentMail>().ListAsync(null)).Should().NotContain(m => m.To.EndsWith("@concept.test"));
    }
}
