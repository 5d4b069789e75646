namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// Below <see cref="MinimumAnswers"/> answering organisations a figure could reveal individual answers: the board,
/// members and read-only tokens see <see cref="Message"/> instead of its counts, percentages, totals, averages, changes
/// and free texts (<see cref="ReportSuppression"/>); staff see everything, marked. Per figure, published or not.
/// Configured as <c>Reporting:MinimumAnswers</c> (default 5).
/// </summary>
public sealed record SmallNumberRule(int MinimumAnswers = SmallNumberRule.DefaultMinimum)
{
    public const int DefaultMinimum = 5;

    public static readonly SmallNumberRule Default = new();

    public string Message => MessageFor(MinimumAnswers);

    public static string MessageFor(int minimum) => $"Te weinig antwoorden (minder dan {minimum})";

    /// <summary>How many organisations answered the figure; multiple choice counts every participant ("geen van deze" is an answer).</summary>
    public static int AnsweredBy(QuestionReport question) => question switch
    {
        ChoiceReport { Kind: Questionnaires.QuestionKind.MultipleChoice } => question.Participants,
        _ => question.Answered ?? question.Participants,
    };

    public bool IsBelow(QuestionReport question) => AnsweredBy(question) < MinimumAnswers;
}
