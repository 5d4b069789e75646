namespace NvzhSurvey.Core.Security;

/// <summary>The kinds of event in the security log. Stored by name, so new kinds can be added at the end or anywhere.</summary>
public enum SecurityEvent
{
    RoleChanged,
    AccountDisabled,
    AccountEnabled,
    PasswordResetRequested,
    PasswordResetCompleted,
    InvitationSent,
    InvitationResent,
    InvitationRevoked,
    InvitationAccepted,
    ApiTokenCreated,
    ApiTokenRevoked,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesGenerated,
    RecoveryCodeUsed,
    TwoFactorReset,
    QuestionnaireEdited,
    EditionStatusChanged,
    EditionPublished,
    TextHidden,
    TextShown,
}

public static class SecurityEvents
{
    /// <summary>What an administrator reads in the "Soort" column and filter.</summary>
    public static string DisplayName(this SecurityEvent kind) => kind switch
    {
        SecurityEvent.RoleChanged => "Rol gewijzigd",
        SecurityEvent.AccountDisabled => "Account uitgeschakeld",
        SecurityEvent.AccountEnabled => "Account ingeschakeld",
        SecurityEvent.PasswordResetRequested => "Resetlink gestuurd",
        SecurityEvent.PasswordResetCompleted => "Wachtwoord opnieuw ingesteld",
        SecurityEvent.InvitationSent => "Uitnodiging verstuurd",
        SecurityEvent.InvitationResent => "Uitnodiging opnieuw verstuurd",
        SecurityEvent.InvitationRevoked => "Uitnodiging ingetrokken",
        SecurityEvent.InvitationAccepted => "Uitnodiging geaccepteerd",
        SecurityEvent.ApiTokenCreated => "API-token gemaakt",
        SecurityEvent.ApiTokenRevoked => "API-token ingetrokken",
        SecurityEvent.TwoFactorEnabled => "Tweestapsverificatie aangezet",
        SecurityEvent.TwoFactorDisabled => "Tweestapsverificatie uitgezet",
        SecurityEvent.RecoveryCodesGenerated => "Herstelcodes aangemaakt",
        SecurityEvent.RecoveryCodeUsed => "Herstelcode gebruikt",
        SecurityEvent.TwoFactorReset => "Tweestapsverificatie gereset door beheerder",
        SecurityEvent.QuestionnaireEdited => "Vragenlijst gewijzigd",
        SecurityEvent.EditionStatusChanged => "Status editie gewijzigd",
        SecurityEvent.EditionPublished => "Editie gepubliceerd",
        SecurityEvent.TextHidden => "Tekst verborgen",
        SecurityEvent.TextShown => "Tekst weer getoond",
        _ => kind.ToString(),
    };
}
