namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// A batch of changes to one response, saved in one transaction. <see cref="ExpectedVersion"/> is the version
/// the form last saw (null: the form saw no response yet); a different stored version refuses the whole batch.
/// </summary>
public sealed record InterviewChanges(uint? ExpectedVersion)
{
    public IReadOnlyList<QuestionAnswer> Answers { get; init; } = [];

    /// <summary>Interview date, interviewer and internal notes (staff only); null leaves them unchanged.</summary>
    public InterviewDetails? Details { get; init; }

    /// <summary>The live locations counted for the edition; null leaves the snapshot unchanged.</summary>
    public IReadOnlyCollection<int>? CountedLocationIds { get; init; }
}

/// <summary>
/// The complete answer to one question: selected options, the number or text as typed, the items of each
/// text list (by list key) and the detail texts per option. Lists and options left out are unchanged.
/// </summary>
public sealed record QuestionAnswer(
    int QuestionId,
    IReadOnlyCollection<int> OptionIds,
    string? Value,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ListTexts,
    IReadOnlyDictionary<int, IReadOnlyList<string>> DetailTexts)
{
    /// <summary>A multiple-choice question answered with "geen van deze" (no options selected on purpose).</summary>
    public bool NoneOfThese { get; init; }

    public static QuestionAnswer Options(int questionId, params int[] optionIds) =>
        new(questionId, optionIds, null, new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<int, IReadOnlyList<string>>());

    public static QuestionAnswer Number(int questionId, string? value) =>
        new(questionId, [], value, new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<int, IReadOnlyList<string>>());
}

public sealed record InterviewDetails(DateOnly? InterviewDate, string? Interviewer, string? InternalNotes);
