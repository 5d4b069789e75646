using System.Text.Json.Serialization;

namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// The figures of one edition over its completed responses (n = participating organisations), in the
/// publication's chapter order. Immutable and numbers only: the screen, the JSON API and the PDF lay it out.
/// </summary>
public sealed record EditionReport(
    int Year,
    Participation Participation,
    IReadOnlyList<ChapterReport> Chapters,
    int? PreviousYear,
    NetworkReport? Network = null)
{
    [JsonIgnore]
    public IEnumerable<QuestionReport> Questions => Chapters.SelectMany(c => c.Questions);

    /// <summary>The figure with this report key ("funding_sources", "organisation_age"), or null.</summary>
    public QuestionReport? Find(string key) => Questions.FirstOrDefault(q => q.Key == key);

    public T Get<T>(string key) where T : QuestionReport =>
        Find(key) as T ?? throw new KeyNotFoundException($"The report has no {typeof(T).Name} '{key}'.");
}

/// <summary>"25 (51%) van de 49" members and "118 (57%) van de 206" locations.</summary>
public sealed record Participation(
    int MembersTotal,
    int Participating,
    int ParticipatingPercent,
    int LocationsParticipating,
    int LocationsAllMembers,
    int LocationsPercent,
    Participation? Previous = null);

/// <summary>A chapter of the publication: one questionnaire section.</summary>
public sealed record ChapterReport(string Key, int Number, string Title, IReadOnlyList<QuestionReport> Questions);
