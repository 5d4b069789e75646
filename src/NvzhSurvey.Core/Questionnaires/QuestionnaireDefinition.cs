using System.Text.Json;
using System.Text.Json.Serialization;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>A questionnaire as a JSON document (the 2024 seed, and the API's questionnaire shape).</summary>
public sealed record QuestionnaireDefinition(IReadOnlyList<SectionDefinition> Sections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The 2024 questionnaire, with the keys and labels of the 2024 publication.</summary>
    /// <summary>The edition year of the seeded questionnaire (Seed/questionnaire-2024.json).</summary>
    public const int SeedYear = 2024;

    public static QuestionnaireDefinition Load2024()
    {
        using var stream = typeof(QuestionnaireDefinition).Assembly
            .GetManifestResourceStream("NvzhSurvey.Core.Questionnaires.Seed.questionnaire-2024.json")
            ?? throw new InvalidOperationException("questionnaire-2024.json is not embedded.");
        return JsonSerializer.Deserialize<QuestionnaireDefinition>(stream, Json)
            ?? throw new InvalidOperationException("questionnaire-2024.json is empty.");
    }

    /// <summary>Entities for a new edition's questionnaire, in document order.</summary>
    public List<Section> ToSections() => Sections.Select((s, i) => new Section
    {
        Key = s.Key,
        Title = s.Title,
        Order = i + 1,
        Questions = s.Questions.Select((q, j) => new Question
        {
            Key = q.Key,
            ReportKey = q.ReportKey,
            Kind = q.Kind,
            Label = q.Label,
            Wording = q.Question,
            HelpText = q.Help,
            Order = j + 1,
            IsRequired = q.Required ?? true,
            MinValue = q.Min,
            MaxValue = q.Max,
            Options = (q.Options ?? []).Select((o, k) => new QuestionOption
            {
                Key = o.Key,
                Label = o.Label,
                Order = k + 1,
                MinValue = o.Min,
                MaxValue = o.Max,
                DetailsTitle = o.DetailsTitle,
            }).ToList(),
            TextLists = (q.TextLists ?? []).Select((t, k) => new TextList { Key = t.Key, Title = t.Title, Order = k + 1 }).ToList(),
        }).ToList(),
    }).ToList();
}

public sealed record SectionDefinition(string Key, string Title, IReadOnlyList<QuestionDefinition> Questions);

public sealed record QuestionDefinition(
    string Key,
    QuestionKind Kind,
    string Label,
    string? ReportKey = null,
    string? Help = null,
    bool? Required = null,
    decimal? Min = null,
    decimal? Max = null,
    IReadOnlyList<OptionDefinition>? Options = null,
    IReadOnlyList<TextListDefinition>? TextLists = null,
    string? Question = null);

public sealed record OptionDefinition(string Key, string Label, int? Min = null, int? Max = null, string? DetailsTitle = null);

public sealed record TextListDefinition(string Key, string Title);
