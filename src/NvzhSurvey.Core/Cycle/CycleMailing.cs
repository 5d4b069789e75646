namespace NvzhSurvey.Core.Cycle;

public enum CycleMailKind
{
    Invitation = 0,
    Reminder = 1,
}

/// <summary>
/// That an organisation got the edition's invitation, or the reminder of day <see cref="Day"/>. Unique per
/// (edition, organisation, kind, day), so a schedule run twice never mails twice.
/// </summary>
public class CycleMailing
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganisationId { get; set; }
    public CycleMailKind Kind { get; set; }

    /// <summary>0 for the invitation; the schedule's day for a reminder.</summary>
    public int Day { get; set; }

    public DateTimeOffset At { get; set; }
    public long OutboxMailId { get; set; }
}
