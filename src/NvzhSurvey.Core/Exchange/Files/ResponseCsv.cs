using System.Globalization;
using CsvHelper;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>CSV for Dutch Excel: UTF-8 with BOM, ';' as separator, decimal comma ("8,75"), no thousands separators.</summary>
public static class ResponseCsv
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Write(ExportedEdition exported)
    {
        var columns = ResponseTable.Columns(exported.Questionnaire);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, FormatProvider = Dutch }, true))
        {
            csv.WriteRecord(columns.Select(c => c.Header).ToArray());
            foreach (var organisation in exported.Batch.Organisations ?? [])
            {
                csv.WriteRecord(ResponseTable.Row(columns, organisation).Select(cell => cell switch
                {
                    decimal d => d.ToString("0.##########", Dutch),
                    int i => i.ToString(Dutch),
                    _ => cell as string ?? "",
                }).ToArray());
            }
        }

        return stream.ToArray();
    }

    /// <summary>Reads a CSV (separator detected: ';' from Dutch Excel, or ','; the BOM is optional); every cell as text.</summary>
    public static RawTable Read(byte[] content)
    {
        using var csv = CsvReader.Create(content, new CsvReaderOptions { HasHeader = false, TrimWhitespace = true });
        var rows = new List<object?[]>();
        foreach (var row in csv)
        {
            var cells = new object?[row.FieldCount];
            for (var i = 0; i < row.FieldCount; i++)
            {
                var text = row.GetString(i);
                cells[i] = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            }

            rows.Add(cells);
        }

        return RawTable.From(rows);
    }
}

/// <summary>A read spreadsheet: the header row and the data rows (cells: string, decimal or null), with their row numbers.</summary>
public sealed record RawTable(IReadOnlyList<string> Headers, IReadOnlyList<(int Row, object?[] Cells)> Rows)
{
    public static RawTable From(IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            return new RawTable([], []);
        }

        var headers = rows[0].Select(h => Convert.ToString(h, CultureInfo.InvariantCulture)?.Trim() ?? "").ToList();
        var data = rows.Skip(1).Select((cells, i) => (Row: i + 2, Cells: cells))
            .Where(r => r.Cells.Any(c => c is not null))
            .ToList();
        return new RawTable(headers, data);
    }
}
