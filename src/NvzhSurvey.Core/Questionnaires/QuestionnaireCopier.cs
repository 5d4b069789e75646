using System.Text.RegularExpressions;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>
/// Copies an edition's questionnaire for another edition: same keys, fresh ids, retired items left out. Texts that
/// name the source year ("Aantal fte werkzaam (2024)") name the new year instead; staff can edit them afterwards.
/// </summary>
public static class QuestionnaireCopier
{
    /// <summary>The 2024 questionnaire (the seed) for a new edition of <paramref name="toYear"/>.</summary>
    public static List<Section> From2024Seed(int toYear) =>
        Copy(QuestionnaireDefinition.Load2024().ToSections(), QuestionnaireDefinition.SeedYear, toYear);

    public static List<Section> Copy(IEnumerable<Section> sections, int fromYear, int toYear)
    {
        string Year(string text) => fromYear == toYear ? text
            : Regex.Replace(text, $@"(?<!\d){fromYear}(?!\d)", toYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string? OptionalYear(string? text) => text is null ? null : Year(text);

        return sections
            .OrderBy(s => s.Order)
            .Select(s => new Section
            {
                Key = s.Key,
                Title = Year(s.Title),
                Order = s.Order,
                Questions = s.Questions.Where(q => !q.IsRetired).OrderBy(q => q.Order).Select(q => new Question
                {
                    Key = q.Key,
                    ReportKey = q.ReportKey,
                    Kind = q.Kind,
                    Label = Year(q.Label),
                    Wording = OptionalYear(q.Wording),
                    HelpText = OptionalYear(q.HelpText),
                    Order = q.Order,
                    IsRequired = q.IsRequired,
                    MinValue = q.MinValue,
                    MaxValue = q.MaxValue,
                    Options = q.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).Select(o => new QuestionOption
                    {
                        Key = o.Key,
                        Label = Year(o.Label),
                        Order = o.Order,
                        MinValue = o.MinValue,
                        MaxValue = o.MaxValue,
                        DetailsTitle = OptionalYear(o.DetailsTitle),
                    }).ToList(),
                    TextLists = q.TextLists.OrderBy(t => t.Order)
                        .Select(t => new TextList { Key = t.Key, Title = Year(t.Title), Order = t.Order }).ToList(),
                }).ToList(),
            }).ToList();
    }
}
