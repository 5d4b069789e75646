namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// The rules for completing (staff) or submitting (member) a response: every required question answered, at
/// least one counted location, and no section with answers taken over from last edition still unconfirmed.
/// </summary>
public static class Completeness
{
    public static IReadOnlyList<MissingItem> Missing(InterviewFormModel form)
    {
        var counted = form.Locations.Count(l => l.Counted);
        var missing = new List<MissingItem>();
        foreach (var section in form.Sections)
        {
            if (section.AwaitingConfirmation)
            {
                missing.Add(new MissingItem(section.Title, "Overgenomen antwoorden bevestigen", section.Anchor));
            }

            missing.AddRange(section.Questions
                .Where(q => q.IsRequired && !q.IsAnswered(counted))
                .Select(q => new MissingItem(section.Title, q.Asked, q.Anchor)));
        }

        if (counted == 0 && !form.Questions.Any(q => q.Kind == Questionnaires.QuestionKind.LocationCount && q.IsRequired))
        {
            missing.Add(new MissingItem("Locaties", "Minstens één meegetelde locatie", "locaties"));
        }

        return missing;
    }
}
