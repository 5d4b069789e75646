using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Exchange;

/// <summary>An edition's questionnaire indexed by question key, as imports and exports need it.</summary>
public sealed class ImportQuestionnaire
{
    public const string AlsoMentioned = "also_mentioned";

    private readonly Dictionary<string, Question> _byKey;

    public ImportQuestionnaire(Edition edition)
    {
        Year = edition.Year;
        Questions = edition.Sections.OrderBy(s => s.Order)
            .SelectMany(s => s.Questions.OrderBy(q => q.Order))
            .ToList();
        _byKey = Questions.ToDictionary(q => q.Key, StringComparer.Ordinal);
    }

    public int Year { get; }

    /// <summary>All questions in questionnaire order (retired ones included).</summary>
    public IReadOnlyList<Question> Questions { get; }

    public Question? Find(string key) => _byKey.GetValueOrDefault(key);
}
