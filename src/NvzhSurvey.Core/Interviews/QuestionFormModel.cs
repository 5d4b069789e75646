using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Interviews;

/// <summary>One question of the interview form: its definition and the answer as the form holds it.</summary>
public sealed class QuestionFormModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public QuestionKind Kind { get; init; }
    /// <summary>The publication heading (used in messages and the history).</summary>
    public required string Label { get; init; }

    /// <summary>The question as asked in the interview and the member portal.</summary>
    public string? Wording { get; init; }

    /// <summary>An instruction for the interviewer; the member portal never shows it.</summary>
    public string? HelpText { get; init; }
    public bool IsRequired { get; init; }
    public decimal? MinValue { get; init; }
    public decimal? MaxValue { get; init; }
    public List<OptionFormModel> Options { get; init; } = [];
    public List<TextListFormModel> TextLists { get; init; } = [];

    public HashSet<int> SelectedOptionIds { get; init; } = [];

    /// <summary>A multiple-choice question answered with "geen van deze": an answer, unlike no selection at all.</summary>
    public bool NoneOfThese { get; set; }

    /// <summary>The number (or text) as typed, e.g. "9,62"; empty when unanswered.</summary>
    public string? Value { get; set; }

    /// <summary>The Dutch validation message shown next to the field.</summary>
    public string? Error { get; set; }

    /// <summary>A Dutch warning shown next to the field for a value that is saved anyway (a count outside every bucket).</summary>
    public string? Warning { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string Anchor => "vraag-" + Key;

    /// <summary>What the form asks: the interview wording, or the heading when there is none.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Asked => string.IsNullOrWhiteSpace(Wording) ? Label : Wording;

    public bool IsAnswered(int countedLocations) => Kind switch
    {
        QuestionKind.SingleChoice => SelectedOptionIds.Count > 0,
        QuestionKind.MultipleChoice => SelectedOptionIds.Count > 0 || NoneOfThese,
        QuestionKind.LocationCount => countedLocations > 0,
        _ => !string.IsNullOrWhiteSpace(Value),
    };

    /// <summary>The question as <see cref="AnswerRules"/> expects it.</summary>
    public Question ToRuleQuestion() => new()
    {
        Id = Id,
        Key = Key,
        Kind = Kind,
        Label = Label,
        MinValue = MinValue,
        MaxValue = MaxValue,
        Options = Options.Select(o => new QuestionOption
        {
            Id = o.Id, Key = o.Key, Label = o.Label, IsRetired = o.IsRetired, MinValue = o.MinValue, MaxValue = o.MaxValue,
        }).ToList(),
    };

    /// <summary>Checks <see cref="Value"/> with the shared answer rules; sets and returns <see cref="Error"/>.</summary>
    public string? Validate(int editionYear)
    {
        Error = null;
        Warning = null;
        if (Kind.IsNumeric() && !string.IsNullOrWhiteSpace(Value))
        {
            var question = ToRuleQuestion();
            Error = AnswerRules.TryParseNumber(question, Value, editionYear, out var number, out var error)
                ? null
                : error;
            Warning = Error is null ? AnswerRules.WarnNumber(question, number) : null;
        }
        else if (Kind.IsChoice())
        {
            Error = AnswerRules.CheckSelection(ToRuleQuestion(), SelectedOptionIds);
        }

        return Error;
    }

    public QuestionAnswer ToAnswer() => new(
        Id,
        [.. SelectedOptionIds],
        Value,
        TextLists.ToDictionary(t => t.Key, t => Lines(t.Text)),
        Options.Where(o => o.DetailsTitle is not null).ToDictionary(o => o.Id, o => Lines(o.DetailText)))
    {
        NoneOfThese = Kind == QuestionKind.MultipleChoice && NoneOfThese && SelectedOptionIds.Count == 0,
    };

    /// <summary>One free-text item per non-empty line.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}

public sealed class OptionFormModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string Label { get; init; }
    public bool IsRetired { get; init; }
    public int? MinValue { get; init; }
    public int? MaxValue { get; init; }

    /// <summary>Heading for detail texts of this option (plans and challenges per area), when it has them.</summary>
    public string? DetailsTitle { get; init; }

    /// <summary>Detail texts, one per line.</summary>
    public string? DetailText { get; set; }
}

public sealed class TextListFormModel
{
    public required string Key { get; init; }
    public required string Title { get; init; }

    /// <summary>The list's items, one per line.</summary>
    public string? Text { get; set; }
}
