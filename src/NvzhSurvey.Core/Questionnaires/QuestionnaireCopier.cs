namespace NvzhSurvey.Core.Questionnaires;

/// <summary>Copies an edition's questionnaire for the next edition: same keys, fresh ids, retired items left out.</summary>
public static class QuestionnaireCopier
{
    public static List<Section> Copy(IEnumerable<Section> sections) => sections
        .OrderBy(s => s.Order)
        .Select(s => new Section
        {
            Key = s.Key,
            Title = s.Title,
            Order = s.Order,
            Questions = s.Questions.Where(q => !q.IsRetired).OrderBy(q => q.Order).Select(q => new Question
            {
                Key = q.Key,
                ReportKey = q.ReportKey,
                Kind = q.Kind,
                Label = q.Label,
                HelpText = q.HelpText,
                Order = q.Order,
                IsRequired = q.IsRequired,
                MinValue = q.MinValue,
                MaxValue = q.MaxValue,
                Options = q.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).Select(o => new QuestionOption
                {
                    Key = o.Key,
                    Label = o.Label,
                    Order = o.Order,
                    MinValue = o.MinValue,
                    MaxValue = o.MaxValue,
                    DetailsTitle = o.DetailsTitle,
                }).ToList(),
                TextLists = q.TextLists.OrderBy(t => t.Order)
                    .Select(t => new TextList { Key = t.Key, Title = t.Title, Order = t.Order }).ToList(),
            }).ToList(),
        }).ToList();
}
