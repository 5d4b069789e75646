using System.Text.RegularExpressions;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>
/// The CSV/Excel import: <see cref="PreviewAsync"/> reads the file and checks it with a dry run of the import
/// (every problem per row, nothing stored); <see cref="ImportAsync"/> stores a preview without problems.
/// </summary>
public sealed partial class FileImporter(ResponseImporter importer)
{
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".xlsx"];

    public async Task<FilePreview> PreviewAsync(int year, string fileName, byte[] content, string changedBy, CancellationToken cancellationToken = default)
    {
        RawTable raw;
        try
        {
            raw = Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".csv" => ResponseCsv.Read(content),
                ".xlsx" => ResponseExcel.Read(new MemoryStream(content)),
                _ => throw new InvalidDataException("Kies een .csv- of .xlsx-bestand."),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var message = ex is InvalidDataException { Message: var m } && m.StartsWith("Kies", StringComparison.Ordinal)
                ? m
                : "Het bestand kan niet worden gelezen; sla het op als .xlsx of als CSV (puntkomma-gescheiden).";
            return new FilePreview(year, fileName, new TableBatch(new ResponseBatch(), [], [], []), [], [new RowProblem(1, null, message)], null);
        }

        var questionnaire = await LoadQuestionnaireAsync(year, cancellationToken);
        if (questionnaire is null)
        {
            return new FilePreview(year, fileName, new TableBatch(new ResponseBatch(), [], [], []), [], [], $"Editie {year} bestaat niet.");
        }

        var table = TableReader.Read(raw, questionnaire);
        if (table.Batch.Organisations!.Count == 0)
        {
            return new FilePreview(year, fileName, table, [], table.Problems, null);
        }

        var outcome = await importer.ImportAsync(year, table.Batch, changedBy, dryRun: true, cancellationToken);
        return Combine(year, fileName, table, outcome);
    }

    /// <summary>Stores the batch of a preview (checked again: the data may have changed since the preview).</summary>
    public Task<ImportOutcome> ImportAsync(FilePreview preview, string changedBy, CancellationToken cancellationToken = default) =>
        importer.ImportAsync(preview.Year, preview.Table.Batch, changedBy, dryRun: false, cancellationToken);

    private Task<ImportQuestionnaire?> LoadQuestionnaireAsync(int year, CancellationToken cancellationToken) =>
        importer.LoadQuestionnaireAsync(year, cancellationToken);

    private static FilePreview Combine(int year, string fileName, TableBatch table, ImportOutcome outcome)
    {
        var fileProblems = table.Problems.Where(p => p.Row == 1).ToList();
        var problems = table.Problems.Where(p => p.Row > 1).ToList();
        string? refusal = null;
        IReadOnlyList<ImportedOrganisation>? actions = null;
        switch (outcome)
        {
            case ImportOutcome.Invalid invalid:
                foreach (var error in invalid.Errors)
                {
                    var (row, column) = Locate(error.Path, table);
                    (row is null ? fileProblems : problems).Add(new RowProblem(row ?? 1, column, error.Message));
                }

                break;
            case ImportOutcome.Imported imported:
                actions = imported.Summary.Organisations;
                break;
            case ImportOutcome.EditionClosed closed:
                refusal = closed.Message;
                break;
            case ImportOutcome.EditionNotFound:
                refusal = $"Editie {year} bestaat niet.";
                break;
        }

        var rows = table.Batch.Organisations!.Select((o, i) =>
        {
            var row = table.Rows[i];
            var action = actions?[i];
            return new PreviewRow(row, o.Key, o.Name, action?.Organisation, action?.Response, action?.ChangedValues ?? 0,
                problems.Where(p => p.Row == row).OrderBy(p => table.ColumnOrder(p.Column)).ToList());
        }).ToList();
        return new FilePreview(year, fileName, table, rows, fileProblems, refusal);
    }

    /// <summary>"organisations[3].response.answers.fte" → (row of organisation 3, "fte").</summary>
    private static (int? Row, string? Column) Locate(string path, TableBatch table)
    {
        var match = OrganisationPath().Match(path);
        if (!match.Success)
        {
            return (null, null);
        }

        var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rest = match.Groups[2].Value.TrimStart('.');
        var column = rest.StartsWith("response.answers.", StringComparison.Ordinal) ? rest["response.answers.".Length..].Split('[')[0]
            : rest.StartsWith("response.", StringComparison.Ordinal) ? rest["response.".Length..]
            : rest;
        return (index < table.Rows.Count ? table.Rows[index] : null, column.Length == 0 ? null : column);
    }

    [GeneratedRegex(@"^organisations\[(\d+)\](.*)$")]
    private static partial Regex OrganisationPath();
}
