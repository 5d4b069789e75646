namespace NvzhSurvey.Core.Mail;

public enum OutboxMailStatus
{
    Waiting = 0,
    Sent = 1,

    /// <summary>Every attempt failed; staff can resend it ("Opnieuw versturen").</summary>
    Failed = 2,
}

public static class OutboxMailStatuses
{
    public static string Dutch(OutboxMailStatus status) => status switch
    {
        OutboxMailStatus.Waiting => "Wachtend",
        OutboxMailStatus.Sent => "Verzonden",
        OutboxMailStatus.Failed => "Mislukt",
        _ => status.ToString(),
    };
}
