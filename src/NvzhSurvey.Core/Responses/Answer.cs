namespace NvzhSurvey.Core.Responses;

/// <summary>
/// One answer fact: a selected option (<see cref="OptionId"/> set), or a number (<see cref="NumberValue"/>),
/// or a text (<see cref="TextValue"/>). A multiple-choice answer is one row per selected option, or one row with
/// none of the three set when the organisation explicitly chose none of the options ("geen van deze"), which
/// differs from not answered (no row at all).
/// </summary>
public class Answer
{
    /// <summary>A multiple-choice question answered with "geen van deze".</summary>
    public static Answer NoneOfThese(int questionId) => new() { QuestionId = questionId };

    public bool IsNoneOfThese => OptionId is null && NumberValue is null && TextValue is null;

    public long Id { get; set; }
    public int ResponseId { get; set; }
    public int QuestionId { get; set; }
    public int? OptionId { get; set; }
    public decimal? NumberValue { get; set; }
    public string? TextValue { get; set; }
}
