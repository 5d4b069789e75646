using NvzhSurvey.Core.Mail;

namespace NvzhSurvey.Core.Cycle;

/// <summary>Builds the invitation and the reminders from the edition's template as it is at that moment.</summary>
public static class CycleMailComposer
{
    /// <summary>Where members check their profile and questionnaire.</summary>
    public const string PortalPath = "/mijn-organisatie";

    public static OutboxMail Invitation(EditionMailSettings settings, int editionId, CycleRecipient recipient, IPublicLinks links)
    {
        var link = links.Absolute(PortalPath);
        return new OutboxMail
        {
            To = recipient.Email!,
            Subject = CycleTemplate.Render(settings.InvitationSubject, recipient, settings.Deadline, link),
            TextBody = CycleTemplate.Render(settings.InvitationBody, recipient, settings.Deadline, link),
            Kind = "uitnodiging",
            EditionId = editionId,
            OrganisationId = recipient.OrganisationId,
        };
    }

    public static OutboxMail Reminder(EditionMailSettings settings, int editionId, CycleRecipient recipient, IPublicLinks links)
    {
        var mail = Invitation(settings, editionId, recipient, links);
        mail.Subject = CycleTemplate.ReminderPrefix + mail.Subject;
        mail.TextBody = CycleTemplate.ReminderIntro + "\n\n" + mail.TextBody;
        mail.Kind = "herinnering";
        return mail;
    }
}
