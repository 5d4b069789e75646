namespace NvzhSurvey.Core.Reporting.Checks;

/// <summary>Staff confirmed a data check ("klopt") with a short reason; the check list shows it as resolved.</summary>
public class DataCheckResolution
{
    public const int ReasonMaxLength = 200;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>Which check of the organisation: <see cref="YearOnYearCheckKeys"/> ("fte_change", "founded_year").</summary>
    public required string CheckKey { get; set; }

    public required string Reason { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTimeOffset ResolvedAt { get; set; }
}
