using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Accounts.Invitations;

public enum InvitationStatus
{
    Valid,
    NotFound,
    Expired,
    Used,
    AlreadyLinked,
    Revoked,
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
        InvitationStatus.Revoked => "Deze uitnodiging is ingetrokken. Vraag de NVZH zo nodig om een nieuwe uitnodiging.",
        _ => "",
    };

    /// <summary>The paragraph of the mail and the invitation page that says what the account is for.</summary>
    public static string Introduction(string role, string? organisationName) => role switch
    {
        Roles.Member => $"De NVZH nodigt je uit voor het ledenonderzoek. Met een eigen account houd je het profiel en de locaties van {organisationName ?? "je organisatie"} bij en vul je de vragenlijst in.",
        Roles.Board => "De NVZH nodigt je uit als bestuurslid voor het ledenonderzoek: met een eigen account lees je de rapporten en publicaties.",
        Roles.Staff => "De NVZH nodigt je uit als medewerker voor het ledenonderzoek: met een eigen account beheer je organisaties, edities en interviews.",
        Roles.Administrator => "De NVZH nodigt je uit als beheerder van het ledenonderzoek: met een eigen account beheer je ook gebruikers en API-tokens.",
        _ => "De NVZH nodigt je uit voor het ledenonderzoek.",
    };
}
