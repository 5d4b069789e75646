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
    /// <summary>The edition is not published: every figure is provisional ("Voorlopig", CONCEPT on the PDF).</summary>
    public bool Provisional { get; init; }

    /// <summary>The minimum number of answering organisations of the small-numbers rule (<see cref="SmallNumberRule"/>).</summary>
    public int MinimumAnswers { get; init; }

    /// <summary>Report keys of the figures answered by fewer than <see cref="MinimumAnswers"/> organisations.</summary>
    public IReadOnlyList<string> BelowMinimum { get; init; } = [];

    /// <summary>Report keys whose previous edition's figure was answered by too few (its values are not compared).</summary>
    public IReadOnlyList<string> PreviousBelowMinimum { get; init; } = [];

    /// <summary>The figures in <see cref="BelowMinimum"/> were replaced by "Te weinig antwoorden" (not staff).</summary>
    public bool Suppressed { get; init; }

    /// <summary>This figure has too few answers: staff see it marked, everyone else sees <see cref="SmallNumberRule.Message"/>.</summary>
    public bool IsBelowMinimum(string key) => BelowMinimum.Contains(key);

    /// <summary>This figure was withheld from this reader.</summary>
    public bool IsSuppressed(string key) => Suppressed && BelowMinimum.Contains(key);

    [JsonIgnore]
    public IEnumerable<QuestionReport> Questions => Chapters.SelectMany(c => c.Questions);

    /// <summary>The figure with this report key ("funding_sources", "organisation_age"), or null.</summary>
    public QuestionReport? Find(string key) => Questions.FirstOrDefault(q => q.Key == key);

    public T Get<T>(string key) where T : QuestionReport =>
        Find(key) as T ?? throw new KeyNotFoundException($"The report has no {typeof(T).Name} '{key}'.");
}

/// <summary>
/// "25 (51%) van de 49" members and "118 (57%) van de 206" locations, from the edition's member list;
/// <see cref="Corrected"/>: a manual figure for an edition whose member list predates the app.
/// </summary>
public sealed record Participation(
    int MembersTotal,
    int Participating,
    int ParticipatingPercent,
    int LocationsParticipating,
    int LocationsAllMembers,
    int LocationsPercent,
    Participation? Previous = null,
    bool Corrected = false);

/// <summary>A chapter of the publication: one questionnaire section.</summary>
public sealed record ChapterReport(string Key, int Number, string Title, IReadOnlyList<QuestionReport> Questions);
