namespace NvzhSurvey.Core.Auditing;

/// <summary>One changed value of a response or an organisation: who, when, what, old and new value.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>"Organisation", "Location", "Response", "Answer", "FreeText", "ResponseLocation".</summary>
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>Scope for authorisation: the organisation the change is about.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>The response the change belongs to, when it is about a response.</summary>
    public int? ResponseId { get; set; }

    /// <summary>"Added", "Modified" or "Deleted".</summary>
    public required string Action { get; set; }
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
