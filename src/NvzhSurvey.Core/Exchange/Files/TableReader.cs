using System.Globalization;
using System.Text.Json;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>What an empty cell means in a file import.</summary>
public enum EmptyCells
{
    /// <summary>The stored answer stays as it is (the default).</summary>
    Keep,

    /// <summary>"Lege cellen wissen het antwoord": an empty cell clears the stored answer or texts.</summary>
    Clear,
}

/// <summary>A problem of a file import: the spreadsheet row (1 is the header row) and column, in Dutch.</summary>
public sealed record RowProblem(int Row, string? Column, string Message);

/// <summary>A spreadsheet turned into a batch; <see cref="Rows"/>[i] is the spreadsheet row of organisation i.</summary>
public sealed record TableBatch(ResponseBatch Batch, IReadOnlyList<int> Rows, IReadOnlyList<RowProblem> Problems, IReadOnlyList<string> Headers)
{
    /// <summary>Problems in the order of the file's columns (a multiple-choice question's problems at its first option column).</summary>
    public int ColumnOrder(string? column)
    {
        if (column is null)
        {
            return -1;
        }

        var index = Headers.ToList().FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase)
            || h.StartsWith(column + ".", StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }
}

/// <summary>
/// Turns a spreadsheet in the layout of <see cref="ResponseTable"/> into a <see cref="ResponseBatch"/>: columns are
/// found by their key (the second header row of an export, or the only header row of a key-headed file) or by their
/// Dutch heading. Columns may be left out (their questions keep their answers and texts); an empty cell keeps the
/// stored answer unless <see cref="EmptyCells.Clear"/> is chosen; unknown columns are problems. Single-choice cells
/// hold the option's label or key, the status its Dutch name or key.
/// </summary>
public static class TableReader
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static TableBatch Read(RawTable table, ImportQuestionnaire questionnaire, EmptyCells emptyCells = EmptyCells.Keep)
    {
        var problems = new List<RowProblem>();
        var all = ResponseTable.Columns(questionnaire);
        var known = all.ToDictionary(c => c.Header, StringComparer.OrdinalIgnoreCase);
        foreach (var byLabel in all.GroupBy(c => c.Label, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1))
        {
            known.TryAdd(byLabel.Key, byLabel.Single());
        }

        var columns = new List<(int Index, TableColumn Column)>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = table.Headers[i];
            if (header.Length == 0)
            {
                continue;
            }

            if (known.TryGetValue(header, out var column))
            {
                columns.Add((i, column));
            }
            else
            {
                problems.Add(new(1, header, $"Onbekende kolom '{header}'."));
            }
        }

        if (table.Headers.Count == 0 || !columns.Any(c => c.Column.Kind == ColumnKind.Key))
        {
            // Without keys nothing else can be checked: the one problem is enough.
            return new TableBatch(new ResponseBatch { Organisations = [] }, [], [new(1, "key", "De kolom 'key' (de sleutel van de organisatie) ontbreekt.")], table.Headers);
        }

        var batch = new ResponseBatch { Organisations = [] };
        var rows = new List<int>();
        foreach (var (row, cells) in table.Rows)
        {
            batch.Organisations.Add(ReadRow(row, cells, columns, problems, emptyCells));
            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            problems.Add(new(1, null, "Het bestand bevat geen organisaties."));
        }

        return new TableBatch(batch, rows, problems, table.Headers);
    }

    private static OrganisationRecord ReadRow(
        int row, object?[] cells, List<(int Index, TableColumn Column)> columns, List<RowProblem> problems, EmptyCells emptyCells)
    {
        var organisation = new OrganisationRecord { Response = new ResponseRecord { Answers = [] } };
        var answers = organisation.Response.Answers!;
        // Per multiple-choice question the options marked 1, or null while all its cells are empty (not answered).
        var selections = new Dictionary<string, List<string>?>();
        foreach (var (index, column) in columns)
        {
            var cell = index < cells.Length ? cells[index] : null;
            var text = cell switch
            {
                null => null,
                decimal d => d.ToString(CultureInfo.InvariantCulture),
                _ => Unescape(Convert.ToString(cell, CultureInfo.InvariantCulture)),
            };
            if (text is null && emptyCells == EmptyCells.Keep && column.Kind is not (ColumnKind.Key or ColumnKind.Name or ColumnKind.OptionFlag))
            {
                continue; // the stored answer stays
            }

            switch (column.Kind)
            {
                case ColumnKind.Key:
                    organisation.Key = text;
                    break;
                case ColumnKind.Name:
                    organisation.Name = text;
                    break;
                case ColumnKind.City:
                    organisation.City = text;
                    break;
                case ColumnKind.Status:
                    organisation.Response.Status = text;
                    break;
                case ColumnKind.Choice:
                    answers[column.Question!.Key] = JsonSerializer.SerializeToElement(OptionKey(column.Question, text));
                    break;
                case ColumnKind.Text:
                    answers[column.Question!.Key] = JsonSerializer.SerializeToElement(text);
                    break;
                case ColumnKind.OptionFlag:
                    var selected = selections.GetValueOrDefault(column.Question!.Key);
                    switch (text)
                    {
                        case "1":
                            (selections[column.Question.Key] = selected ?? []).Add(column.Option!.Key);
                            break;
                        case "0":
                            selections[column.Question.Key] = selected ?? [];
                            break;
                        case null:
                            selections.TryAdd(column.Question.Key, null);
                            break;
                        default:
                            problems.Add(new(row, column.Header, $"Vul 0 of 1 in, niet '{text}'."));
                            break;
                    }

                    break;
                case ColumnKind.Number:
                    if (ReadNumber(cell, row, column, problems, out var number))
                    {
                        answers[column.Question!.Key] = JsonSerializer.SerializeToElement(number);
                    }

                    break;
                case ColumnKind.TextList when column.ListKey == ImportQuestionnaire.AlsoMentioned:
                    (organisation.Response.AlsoMentioned ??= [])[column.Question!.Key] = ResponseTable.SplitLines(text);
                    break;
                case ColumnKind.TextList:
                    (organisation.Response.TextLists ??= []).Set(column.Question!.Key, column.ListKey!, ResponseTable.SplitLines(text));
                    break;
                case ColumnKind.Details:
                    (organisation.Response.Details ??= []).Set(column.Question!.Key, column.Option!.Key, ResponseTable.SplitLines(text));
                    break;
            }
        }

        foreach (var (questionKey, selected) in selections.Where(s => s.Value is not null || emptyCells == EmptyCells.Clear))
        {
            answers[questionKey] = JsonSerializer.SerializeToElement(selected);
        }

        return organisation;
    }

    /// <summary>An option label ("Zelfstandig") or key ("independent") as the option key; anything else as it is (a problem later).</summary>
    private static string? OptionKey(Question question, string? text) => text is null ? null
        : question.Options.FirstOrDefault(o => !o.IsRetired && (string.Equals(o.Label, text, StringComparison.OrdinalIgnoreCase) || o.Key == text))?.Key ?? text;

    /// <summary>"'=1+1" → "=1+1": the apostrophe the CSV export puts before a text that a spreadsheet would run as a formula.</summary>
    private static string? Unescape(string? text) =>
        text is ['\'', '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? text[1..] : text;

    /// <summary>Excel numbers as they are; texts as people type them ("8,75", "812.000").</summary>
    private static bool ReadNumber(object? cell, int row, TableColumn column, List<RowProblem> problems, out decimal? number)
    {
        number = null;
        switch (cell)
        {
            case null:
                return true;
            case decimal d:
                number = Math.Round(d, 10);
                return true;
            case string s when DutchNumber.TryParse(s, out var parsed):
                number = parsed;
                return true;
            default:
                problems.Add(new(row, column.Header, column.Question!.Kind == QuestionKind.Money
                    ? $"Vul een bedrag in, bijvoorbeeld 938.528, niet '{cell}'."
                    : $"Vul een getal in, bijvoorbeeld 9,62, niet '{Convert.ToString(cell, Dutch)}'."));
                return false;
        }
    }
}
