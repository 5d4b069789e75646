namespace NvzhSurvey.Core.Responses;

/// <summary>
/// One answer fact: a selected option (<see cref="OptionId"/> set), or a number (<see cref="NumberValue"/>),
/// or a text (<see cref="TextValue"/>). A multiple-choice answer is one row per selected option.
/// </summary>
public class Answer
{
    public long Id { get; set; }
    public int ResponseId { get; set; }
    public int QuestionId { get; set; }
    public int? OptionId { get; set; }
    public decimal? NumberValue { get; set; }
    public string? TextValue { get; set; }
}
