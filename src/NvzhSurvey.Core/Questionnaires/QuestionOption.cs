namespace NvzhSurvey.Core.Questionnaires;

/// <summary>An option of a choice question, or a bucket of a bucket question (with Min/Max).</summary>
public class QuestionOption
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public Question? Question { get; set; }
    public required string Key { get; set; }
    public required string Label { get; set; }
    public int Order { get; set; }
    public bool IsRetired { get; set; }

    /// <summary>Bucket bounds (inclusive); <see cref="MaxValue"/> null means open-ended ("26 jaar en ouder").</summary>
    public int? MinValue { get; set; }
    public int? MaxValue { get; set; }

    /// <summary>When set, staff can record detail texts for this option under this heading
    /// (plans and challenges per area; examples of creative activities).</summary>
    public string? DetailsTitle { get; set; }

    public bool HasDetails => DetailsTitle is not null;

    public bool Contains(int value) => value >= (MinValue ?? int.MinValue) && value <= (MaxValue ?? int.MaxValue);
}
