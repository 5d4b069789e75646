using System.Globalization;
using CsvHelper;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>CSV for Dutch Excel: UTF-8 with BOM, ';' as separator, decimal comma ("8,75"), no thousands separators.</summary>
public static class ResponseCsv
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// Two header rows (Dutch headings, then the keys), then one row per organisation. A text that starts with
    /// =, +, -, @, tab or CR gets an apostrophe in front (CsvHelper's injection escaping), so a spreadsheet shows it
    /// instead of running it as a formula; numbers are written as numbers and never escaped.
    /// </summary>
    public static byte[] Write(ExportedEdition exported)
    {
        var columns = ResponseTable.Columns(exported.Questionnaire);
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, FormatProvider = Dutch, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(stream, options, true))
        {
            csv.WriteRecord(columns.Select(c => c.Label).ToArray());
            csv.WriteRecord(columns.Select(c => c.Header).ToArray());
            foreach (var organisation in exported.Batch.Organisations ?? [])
            {
                foreach (var cell in ResponseTable.Row(columns, organisation))
                {
                    switch (cell)
                    {
                        case decimal d:
                            csv.WriteField(d, "0.##########");
                            break;
                        case int i:
                            csv.WriteField(i, "");
                            break;
                        default:
                            csv.WriteField(cell as string ?? "");
                            break;
                    }
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Reads a CSV (separator detected: ';' from Dutch Excel, or ','; the BOM is optional); every cell as text.
    /// A file with more rows or fields than <paramref name="limits"/> allow is refused.
    /// </summary>
    public static RawTable Read(byte[] content, FileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= new FileLimits();
        using var csv = CsvReader.Create(content, new CsvReaderOptions { HasHeader = false, TrimWhitespace = true });
        var rows = new List<object?[]>();
        foreach (var row in csv)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rows.Count >= limits.MaxRows + 2 || row.FieldCount > limits.MaxColumns)
            {
                throw new FileRefusedException(
                    $"Het bestand is geweigerd: het heeft meer dan {limits.MaxRows.ToString("N0", Dutch)} rijen of {limits.MaxColumns.ToString("N0", Dutch)} kolommen.");
            }

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
    /// <summary>
    /// The header row is the row with the column keys: the second row of an export (below the Dutch headings), or
    /// the first row of a key-headed file, or else the first row (Dutch headings only).
    /// </summary>
    public static RawTable From(IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            return new RawTable([], []);
        }

        static List<string> Texts(object?[] cells) => cells.Select(h => Convert.ToString(h, CultureInfo.InvariantCulture)?.Trim() ?? "").ToList();
        static bool HasKeyColumn(object?[] cells) => Texts(cells).Contains("key", StringComparer.OrdinalIgnoreCase);
        var headerIndex = !HasKeyColumn(rows[0]) && rows.Count > 1 && HasKeyColumn(rows[1]) ? 1 : 0;
        var data = rows.Skip(headerIndex + 1).Select((cells, i) => (Row: i + headerIndex + 2, Cells: cells))
            .Where(r => r.Cells.Any(c => c is not null))
            .ToList();
        return new RawTable(Texts(rows[headerIndex]), data);
    }
}
