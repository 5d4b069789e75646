namespace NvzhSurvey.Web.Features.Accounts.Invitations;

public enum InvitationStatus
{
    Valid,
    NotFound,
    Expired,
    Used,
    AlreadyLinked,
}

public static class InvitationMessages
{
    /// <summary>What the invitee reads when the link cannot be used.</summary>
    public static string For(InvitationStatus status) => status switch
    {
        InvitationStatus.NotFound => "Deze uitnodigingslink is ongeldig. Controleer of je de hele link uit de e-mail hebt gebruikt, of vraag de NVZH om een nieuwe uitnodiging.",
        InvitationStatus.Expired => "Deze uitnodiging is verlopen (een uitnodiging is 14 dagen geldig). Vraag de NVZH om een nieuwe uitnodiging.",
        InvitationStatus.Used => "Deze uitnodiging is al gebruikt. Log in met je e-mailadres en wachtwoord, of kies ‘Wachtwoord vergeten?’.",
        InvitationStatus.AlreadyLinked => "Er bestaat al een account met dit e-mailadres. Log in, of kies ‘Wachtwoord vergeten?’ op de inlogpagina.",
        _ => "",
    };
}
