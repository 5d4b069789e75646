using System.Text.Json;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Exchange.Files;

public enum ColumnKind
{
    Key,
    Name,
    City,
    Status,

    /// <summary>A single-choice question: the option key.</summary>
    Choice,

    /// <summary>
    /// One option of a multiple-choice question: 1 when selected, else 0. All of a question's cells empty means
    /// not answered; all 0 means "geen van deze".
    /// </summary>
    OptionFlag,
    Number,
    Text,

    /// <summary>A text list of a question, one text a line in the cell ("activities.also_mentioned").</summary>
    TextList,

    /// <summary>The detail texts of one option, one per line in the cell ("plans.growth.details").</summary>
    Details,
}

/// <param name="Header">The stable key of the column: "fte", "age_groups.adults" (the second header row).</param>
/// <param name="ListKey">For a <see cref="ColumnKind.TextList"/> column: the list ("also_mentioned", "external_trainers").</param>
public sealed record TableColumn(string Header, ColumnKind Kind, Question? Question = null, QuestionOption? Option = null, string? ListKey = null)
{
    /// <summary>The Dutch heading (the first header row): "Organisatie", "FTE", "Leeftijdsgroepen: volwassenen".</summary>
    public string Label => Kind switch
    {
        ColumnKind.Key => "Sleutel",
        ColumnKind.Name => "Organisatie",
        ColumnKind.City => "Plaats",
        ColumnKind.Status => "Status",
        ColumnKind.OptionFlag => $"{Question!.Label}: {Option!.Label}",
        ColumnKind.Details => $"{Question!.Label}: {Option!.Label} ({Option.DetailsTitle})",
        ColumnKind.TextList => $"{Question!.Label}: {Question.TextLists.FirstOrDefault(t => t.Key == ListKey)?.Title ?? ListKey}",
        _ => Question!.Label,
    };

    /// <summary>What the column holds, for the "Toelichting" sheet.</summary>
    public string Explanation => Kind switch
    {
        ColumnKind.Key => "De vaste sleutel van de organisatie; hieraan herkent de import de organisatie. Niet wijzigen.",
        ColumnKind.Name => "De naam van de organisatie.",
        ColumnKind.City => "De vestigingsplaats van de organisatie.",
        ColumnKind.Status => "Niet begonnen, Concept, Ingediend door lid of Afgerond.",
        ColumnKind.Choice => "Eén antwoord: " + string.Join(", ", Question!.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).Select(o => o.Label)) + ".",
        ColumnKind.OptionFlag => "1 = gekozen, 0 = niet gekozen. Alle cellen van deze vraag leeg: niet beantwoord; alle 0: 'Geen van deze'.",
        ColumnKind.Number => Question!.Kind switch
        {
            QuestionKind.Money => "Bedrag in hele euro's.",
            QuestionKind.Decimal => "Getal met hoogstens twee decimalen.",
            QuestionKind.Year or QuestionKind.FoundedYearBuckets => "Jaartal.",
            _ => "Geheel getal.",
        },
        ColumnKind.Text => "Tekst.",
        _ => "Vrije teksten, één per regel in de cel.",
    };
}

/// <summary>
/// The spreadsheet layout of an edition's responses (CSV and Excel): two header rows, the Dutch headings
/// (<see cref="TableColumn.Label"/>) and below them the stable keys (<see cref="TableColumn.Header"/>) that the
/// import reads; then one row per organisation, with Dutch values (status "Afgerond", option labels); columns key, name,
/// city, status, then per question one column (single choice: the option key; numbers as numbers; texts) or, for
/// a multiple-choice question, one 0/1 column per option ("age_groups.adults"); then its free texts: the "also
/// mentioned" list and any other text list ("activities.also_mentioned", "other_offer.external_trainers") and the
/// details per option ("plans.growth.details"), one text a line within the cell.
/// </summary>
public static class ResponseTable
{
    public static IReadOnlyList<TableColumn> Columns(ImportQuestionnaire questionnaire)
    {
        var columns = new List<TableColumn>
        {
            new("key", ColumnKind.Key), new("name", ColumnKind.Name), new("city", ColumnKind.City), new("status", ColumnKind.Status),
        };
        foreach (var question in questionnaire.Questions.Where(q => !q.IsRetired))
        {
            switch (question.Kind)
            {
                case QuestionKind.SingleChoice:
                    columns.Add(new(question.Key, ColumnKind.Choice, question));
                    break;
                case QuestionKind.MultipleChoice:
                    columns.AddRange(question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order)
                        .Select(o => new TableColumn($"{question.Key}.{o.Key}", ColumnKind.OptionFlag, question, o)));
                    break;
                case QuestionKind.Text:
                    columns.Add(new(question.Key, ColumnKind.Text, question));
                    break;
                case QuestionKind.LocationCount:
                    break; // answered by the locations, which the table does not hold
                default:
                    columns.Add(new(question.Key, ColumnKind.Number, question));
                    break;
            }

            columns.AddRange(question.Options.Where(o => o.HasDetails && !o.IsRetired).OrderBy(o => o.Order)
                .Select(o => new TableColumn($"{question.Key}.{o.Key}.details", ColumnKind.Details, question, o)));
            columns.AddRange(question.TextLists.OrderBy(t => t.Order)
                .Select(t => new TableColumn($"{question.Key}.{t.Key}", ColumnKind.TextList, question, ListKey: t.Key)));
        }

        return columns;
    }

    /// <summary>The option's Dutch label for a single-choice cell (the import reads labels and keys).</summary>
    private static string OptionLabel(Question question, string key) => question.Options.FirstOrDefault(o => o.Key == key)?.Label ?? key;

    /// <summary>Free texts in one cell, one a line; null when there are none.</summary>
    public static string? Lines(IReadOnlyCollection<string>? texts) => texts is { Count: > 0 } ? string.Join("\n", texts) : null;

    /// <summary>The free texts of a cell: one a line, trimmed, empty lines left out.</summary>
    public static List<string> SplitLines(string? cell) =>
        (cell ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>The cells of one organisation: string, decimal or int (0/1), or null for an empty cell.</summary>
    public static object?[] Row(IReadOnlyList<TableColumn> columns, OrganisationRecord organisation) =>
        columns.Select(column => Cell(column, organisation)).ToArray();

    private static object? Cell(TableColumn column, OrganisationRecord organisation)
    {
        var answers = organisation.Response?.Answers;
        JsonElement answer = default;
        var answered = column.Question is not null && answers is not null && answers.TryGetValue(column.Question.Key, out answer);
        return column.Kind switch
        {
            ColumnKind.Key => organisation.Key,
            ColumnKind.Name => organisation.Name,
            ColumnKind.City => organisation.City,
            ColumnKind.Status => ExchangeStatusNames.TryParse(organisation.Response?.Status, out var status) ? ExchangeStatusNames.ToLabel(status) : organisation.Response?.Status,
            ColumnKind.Choice => answered && answer.ValueKind == JsonValueKind.String ? OptionLabel(column.Question!, answer.GetString()!) : null,
            ColumnKind.Text => answered && answer.ValueKind == JsonValueKind.String ? answer.GetString() : null,
            ColumnKind.Number => answered && answer.ValueKind == JsonValueKind.Number ? answer.GetDecimal() : null,
            ColumnKind.OptionFlag => !answered || answer.ValueKind != JsonValueKind.Array ? null
                : answer.EnumerateArray().Any(o => o.GetString() == column.Option!.Key) ? 1 : 0,
            ColumnKind.TextList => Lines(column.ListKey == ImportQuestionnaire.AlsoMentioned
                ? organisation.Response?.AlsoMentioned?.GetValueOrDefault(column.Question!.Key)
                : organisation.Response?.TextLists?.GetValueOrDefault(column.Question!.Key)?.GetValueOrDefault(column.ListKey!)),
            ColumnKind.Details => Lines(organisation.Response?.Details?.GetValueOrDefault(column.Question!.Key)?.GetValueOrDefault(column.Option!.Key)),
            _ => null,
        };
    }
}
