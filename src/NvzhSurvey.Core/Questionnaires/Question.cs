namespace NvzhSurvey.Core.Questionnaires;

/// <summary>A question of a questionnaire. <see cref="Key"/> is stable across editions.</summary>
public class Question
{
    public int Id { get; set; }
    public int SectionId { get; set; }
    public Section? Section { get; set; }

    /// <summary>The answer key (import/export, API). Stable across editions.</summary>
    public required string Key { get; set; }

    /// <summary>The key of the figure in the report when it differs from <see cref="Key"/>
    /// (the founded year is reported as "organisation_age").</summary>
    public string? ReportKey { get; set; }

    public QuestionKind Kind { get; set; }

    /// <summary>The Dutch title, as in the publication ("Financieringsbronnen").</summary>
    public required string Label { get; set; }

    /// <summary>The question as staff read it out and members read it ("In welk jaar is uw organisatie opgericht?"),
    /// addressed with "u/uw"; null falls back to <see cref="Label"/>.</summary>
    public string? Wording { get; set; }

    /// <summary>An instruction for the interviewer; never shown to members.</summary>
    public string? HelpText { get; set; }
    public int Order { get; set; }
    public bool IsRequired { get; set; } = true;
    public bool IsRetired { get; set; }

    /// <summary>Lower and upper bound for numeric answers (inclusive), when set.</summary>
    public decimal? MinValue { get; set; }
    public decimal? MaxValue { get; set; }

    public List<QuestionOption> Options { get; set; } = [];

    /// <summary>Named free-text lists, e.g. "also_mentioned" ("Verder nog genoemd").</summary>
    public List<TextList> TextLists { get; set; } = [];

    public string EffectiveReportKey => ReportKey ?? Key;

    /// <summary>What the interview form asks: the wording, or the publication heading when there is none.</summary>
    public string InterviewWording => string.IsNullOrWhiteSpace(Wording) ? Label : Wording;
}
