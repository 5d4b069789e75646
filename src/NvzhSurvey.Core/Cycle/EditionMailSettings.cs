namespace NvzhSurvey.Core.Cycle;

/// <summary>The invitation template, deadline and reminder schedule of one edition (edited by staff).</summary>
public class EditionMailSettings
{
    public int EditionId { get; set; }
    public required string InvitationSubject { get; set; }

    /// <summary>Dutch text with the placeholders of <see cref="CycleTemplate"/>.</summary>
    public required string InvitationBody { get; set; }

    /// <summary>The date by which members should have submitted; shown as {deadline}; after it a member is overdue.</summary>
    public DateOnly? Deadline { get; set; }

    /// <summary>Days after the invitation on which a reminder goes out, e.g. 14 and 28.</summary>
    public List<int> ReminderDays { get; set; } = [];

    public uint Version { get; set; }
}
