namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// How many organisations of a published edition chose an option (<see cref="OptionId"/> null: "geen van deze"), or,
/// with <see cref="IsQuestionTotal"/>, answered the question at all; stored with <see cref="BenchmarkNetworkFigure"/>
/// when the edition is published.
/// </summary>
public class BenchmarkNetworkChoice
{
    public long Id { get; set; }
    public int EditionId { get; set; }
    public int QuestionId { get; set; }
    public int? OptionId { get; set; }
    public bool IsQuestionTotal { get; set; }
    public int Count { get; set; }
}
