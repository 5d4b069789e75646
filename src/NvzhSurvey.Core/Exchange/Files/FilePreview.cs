namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>One spreadsheet row in the preview: what would happen to the organisation, and every problem of the row.</summary>
public sealed record PreviewRow(int Row, string? Key, string? Name, ImportAction? Organisation, ImportAction? Response, int ChangedValues, IReadOnlyList<RowProblem> Problems);

/// <summary>The preview of a file import: nothing is stored until the staff member confirms a preview without problems.</summary>
public sealed record FilePreview(int Year, string FileName, TableBatch Table, IReadOnlyList<PreviewRow> Rows, IReadOnlyList<RowProblem> FileProblems, string? Refusal)
{
    public bool CanImport => Refusal is null && FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);

    public int ProblemCount => FileProblems.Count + Rows.Sum(r => r.Problems.Count);
}
