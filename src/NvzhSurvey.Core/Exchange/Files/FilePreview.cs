using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>
/// One spreadsheet row in the preview: what would happen to the organisation, exactly which values would change
/// (question label: old → new), how many stay the same, and every problem of the row.
/// </summary>
public sealed record PreviewRow(
    int Row, string? Key, string? Name, ImportAction? Organisation, ImportAction? Response,
    IReadOnlyList<AnswerChange> Changes, int UnchangedValues, IReadOnlyList<RowProblem> Problems)
{
    public int ChangedValues => Changes.Count;
}

/// <summary>The preview of a file import: nothing is stored until the staff member confirms a preview without problems.</summary>
public sealed record FilePreview(int Year, string FileName, TableBatch Table, IReadOnlyList<PreviewRow> Rows, IReadOnlyList<RowProblem> FileProblems, string? Refusal)
{
    /// <summary>What an empty cell means in this preview (and so in the import that follows it).</summary>
    public EmptyCells EmptyCells { get; init; } = EmptyCells.Keep;

    /// <summary>The dry run's result, when the file could be checked against the data.</summary>
    public ImportSummary? Summary { get; init; }

    /// <summary>The file would change nothing ("geen wijzigingen").</summary>
    public bool NothingChanges => Summary?.NothingChanged == true;

    public bool CanImport => Refusal is null && FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);

    public int ProblemCount => FileProblems.Count + Rows.Sum(r => r.Problems.Count);
}
