using ClosedXML.Excel;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>
/// Excel (.xlsx) with ClosedXML: numbers as numbers, a frozen header row and fixed column widths
/// (AdjustToContents needs System.Drawing, which does not work on Linux).
/// </summary>
public static class ResponseExcel
{
    public const string SheetName = "Antwoorden";

    public static byte[] Write(ExportedEdition exported)
    {
        var columns = ResponseTable.Columns(exported.Questionnaire);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.Value = columns[c].Header;
            header.DataType = XLDataType.Text;
            header.Style.Font.Bold = true;
            if (columns[c].Question is { } question)
            {
                header.Comment.AddText(columns[c] switch
                {
                    { Kind: ColumnKind.TextList, ListKey: var listKey } =>
                        $"{question.Label}: {question.TextLists.FirstOrDefault(t => t.Key == listKey)?.Title ?? listKey} (één per regel)",
                    { Kind: ColumnKind.Details, Option: { } option } => $"{question.Label}: {option.DetailsTitle} (één per regel)",
                    { Option: { } option } => $"{question.Label}: {option.Label}",
                    _ => question.Label,
                });
            }

            sheet.Column(c + 1).Width = Math.Clamp(columns[c].Header.Length + 2, 8, 40);
        }

        var r = 2;
        foreach (var organisation in exported.Batch.Organisations ?? [])
        {
            var cells = ResponseTable.Row(columns, organisation);
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (cells[c])
                {
                    case decimal d:
                        cell.Value = d;
                        cell.DataType = XLDataType.Number;
                        break;
                    case int i:
                        cell.Value = i;
                        cell.DataType = XLDataType.Number;
                        break;
                    case string s:
                        cell.Value = s;
                        cell.DataType = XLDataType.Text;
                        cell.Style.Alignment.WrapText = s.Contains('\n'); // free texts: one a line
                        break;
                }
            }

            r++;
        }

        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads the first worksheet: numbers as decimal, everything else as trimmed text.</summary>
    public static RawTable Read(Stream stream)
    {
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        var range = sheet.RangeUsed();
        if (range is null)
        {
            return new RawTable([], []);
        }

        var lastColumn = range.LastColumn().ColumnNumber();
        var rows = new List<object?[]>();
        for (var r = 1; r <= range.LastRow().RowNumber(); r++)
        {
            var cells = new object?[lastColumn];
            for (var c = 1; c <= lastColumn; c++)
            {
                var cell = sheet.Cell(r, c);
                cells[c - 1] = cell.IsEmpty() ? null
                    : cell.DataType == XLDataType.Number ? (object)(decimal)cell.GetDouble()
                    : cell.GetString().Trim() is { Length: > 0 } text ? text : null;
            }

            rows.Add(cells);
        }

        return RawTable.From(rows);
    }
}
