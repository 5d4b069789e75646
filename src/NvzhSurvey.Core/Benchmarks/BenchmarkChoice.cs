namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// One participant's selected option of a choice question in a published edition (stored when publishing, like
/// <see cref="BenchmarkFigureValue"/>); <see cref="OptionId"/> null is "geen van deze".
/// </summary>
public class BenchmarkChoice
{
    public long Id { get; set; }
    public int EditionId { get; set; }
    public int OrganisationId { get; set; }
    public int QuestionId { get; set; }
    public int? OptionId { get; set; }
}
