namespace NvzhSurvey.Core.Cycle;

/// <summary>
/// The planned interview of an organisation in an edition. <see cref="Uid"/> stays, <see cref="Sequence"/> rises with
/// every change, so the contact's calendar updates the event it already has (RFC 5545).
/// </summary>
public class InterviewAppointment
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Time { get; set; }
    public int DurationMinutes { get; set; } = 90;
    public required string Interviewer { get; set; }
    public Guid Uid { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
