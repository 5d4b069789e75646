namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// How far an interview is, per section and overall, as the section index and the toolbar show it
/// ("6 van 9 beantwoord", a check when complete, "nog te bevestigen" after prefill). Computed from the form
/// model alone, so it follows every keystroke without a database round trip.
/// </summary>
public sealed record InterviewProgress(IReadOnlyList<SectionProgress> Sections)
{
    public int Answered => Sections.Sum(s => s.Answered);
    public int Total => Sections.Sum(s => s.Total);

    /// <summary>0–100, rounded down so 100 means everything answered.</summary>
    public int Percent => Total == 0 ? 100 : Answered * 100 / Total;

    public bool IsComplete => Sections.All(s => s.IsComplete);

    public string Summary => $"{Answered} van {Total} vragen beantwoord";

    public static InterviewProgress Of(InterviewFormModel form)
    {
        var counted = form.Locations.Count(l => l.Counted);
        return new InterviewProgress(form.Sections.Select(s => new SectionProgress(
            s.Key, s.Title, s.Anchor,
            s.Questions.Count(q => q.IsAnswered(counted)),
            s.Questions.Count,
            s.AwaitingConfirmation)).ToList());
    }

    /// <summary>The first unanswered question after <paramref name="afterAnchor"/> (wrapping round), or null when all are answered.</summary>
    public static QuestionFormModel? NextUnanswered(InterviewFormModel form, string? afterAnchor = null)
    {
        var counted = form.Locations.Count(l => l.Counted);
        var questions = form.Questions.ToList();
        var start = afterAnchor is null ? 0 : questions.FindIndex(q => q.Anchor == afterAnchor) + 1;
        return questions.Skip(start).Concat(questions.Take(start)).FirstOrDefault(q => !q.IsAnswered(counted));
    }
}

public sealed record SectionProgress(string Key, string Title, string Anchor, int Answered, int Total, bool AwaitingConfirmation)
{
    public bool IsComplete => Answered == Total && !AwaitingConfirmation;

    public string Summary => $"{Answered} van {Total} beantwoord";
}
