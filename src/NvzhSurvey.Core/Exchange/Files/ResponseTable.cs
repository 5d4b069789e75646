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

/// <param name="Header">The column header: "fte", "age_groups.adults".</param>
/// <param name="ListKey">For a <see cref="ColumnKind.TextList"/> column: the list ("also_mentioned", "external_trainers").</param>
public sealed record TableColumn(string Header, ColumnKind Kind, Question? Question = null, QuestionOption? Option = null, string? ListKey = null);

/// <summary>
/// The spreadsheet layout of an edition's responses (CSV and Excel): one row per organisation; columns key, name,
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
            ColumnKind.Status => organisation.Response?.Status,
            ColumnKind.Choice or ColumnKind.Text => answered && answer.ValueKind == JsonValueKind.String ? answer.GetString() : null,
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
