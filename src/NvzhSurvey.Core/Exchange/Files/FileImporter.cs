using System.Text.RegularExpressions;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>
/// The CSV/Excel import: <see cref="PreviewAsync"/> reads the file and checks it with a dry run of the import
/// (every problem per row, nothing stored); <see cref="ImportAsync"/> stores a preview without problems.
/// </summary>
public sealed partial class FileImporter(ResponseImporter importer, FileLimits? limits = null)
{
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".xlsx"];

    private readonly FileLimits _limits = limits ?? new FileLimits();

    /// <param name="emptyCells">Whether an empty cell keeps the stored answer (default) or clears it.</param>
    public async Task<FilePreview> PreviewAsync(int year, string fileName, byte[] content, string changedBy,
        EmptyCells emptyCells = EmptyCells.Keep, CancellationToken cancellationToken = default)
    {
        RawTable raw;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_limits.ParseTimeout);
        try
        {
            raw = await Task.Run(() => Read(fileName, content, timeout.Token), timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unreadable(year, fileName, emptyCells, "Het bestand is geweigerd: het lezen duurde te lang. Sla het op als CSV of met minder gegevens.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var message = ex switch
            {
                FileRefusedException refused => refused.Message,
                InvalidDataException { Message: var m } when m.StartsWith("Kies", StringComparison.Ordinal) => m,
                _ => "Het bestand kan niet worden gelezen; sla het op als .xlsx of als CSV (puntkomma-gescheiden).",
            };
            return Unreadable(year, fileName, emptyCells, message);
        }

        var questionnaire = await LoadQuestionnaireAsync(year, cancellationToken);
        if (questionnaire is null)
        {
            return new FilePreview(year, fileName, new TableBatch(new ResponseBatch(), [], [], []), [], [], $"Editie {year} bestaat niet.");
        }

        var table = TableReader.Read(raw, questionnaire, emptyCells);
        if (table.Batch.Organisations!.Count == 0)
        {
            return new FilePreview(year, fileName, table, [], table.Problems, null) { EmptyCells = emptyCells };
        }

        var outcome = await importer.ImportAsync(year, table.Batch, changedBy, dryRun: true, cancellationToken);
        return Combine(year, fileName, table, outcome) with { EmptyCells = emptyCells };
    }

    /// <summary>Reads the file within the limits; throws <see cref="FileRefusedException"/> for a file that is too big.</summary>
    private RawTable Read(string fileName, byte[] content, CancellationToken cancellationToken) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ResponseCsv.Read(content, _limits, cancellationToken),
            ".xlsx" => XlsxReader.Read(content, _limits, cancellationToken),
            _ => throw new InvalidDataException("Kies een .csv- of .xlsx-bestand."),
        };

    private static FilePreview Unreadable(int year, string fileName, EmptyCells emptyCells, string message) =>
        new(year, fileName, new TableBatch(new ResponseBatch(), [], [], []), [], [new RowProblem(1, null, message)], null) { EmptyCells = emptyCells };

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
        ImportSummary? summary = null;
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
                summary = imported.Summary;
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
            return new PreviewRow(row, o.Key, o.Name, action?.Organisation, action?.Response, action?.Changes ?? [], action?.UnchangedValues ?? 0,
                problems.Where(p => p.Row == row).OrderBy(p => table.ColumnOrder(p.Column)).ToList());
        }).ToList();
        return new FilePreview(year, fileName, table, rows, fileProblems, refusal) { Summary = summary };
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
