namespace NvzhSurvey.Core.Editions;

/// <summary>
/// The exact data a published edition's PDF was made from (report model, narrative texts, appendix),
/// so that the same publication can be regenerated after answers or profiles change.
/// </summary>
public class PublicationSnapshot
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    /// <summary>Serialised publication input (JSON).</summary>
    public required string Json { get; set; }
}
