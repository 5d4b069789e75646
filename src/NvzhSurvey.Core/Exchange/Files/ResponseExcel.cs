using ClosedXML.Excel;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>
/// Excel (.xlsx): the sheet "Antwoorden" with the Dutch headings in row 1 and the column keys in row 2 (the import
/// reads the keys; both rows frozen), numbers as numbers with Dutch-looking formats (€ 812.000, 8,75), columns
/// sized to their content, texts always as text (never a formula), and a sheet "Toelichting" that explains each
/// column and the 0/1 convention. Written with ClosedXML; read with <see cref="XlsxReader"/> within limits.
/// </summary>
public static class ResponseExcel
{
    public const string SheetName = "Antwoorden";
    public const string ExplanationSheetName = "Toelichting";

    private const int MaxWidth = 60;

    public static byte[] Write(ExportedEdition exported)
    {
        var columns = ResponseTable.Columns(exported.Questionnaire);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        var widths = columns.Select(c => Math.Max(Width(c.Label), Width(c.Header))).ToArray();
        for (var c = 0; c < columns.Count; c++)
        {
            SetText(sheet.Cell(1, c + 1), columns[c].Label).Style.Font.Bold = true;
            var key = SetText(sheet.Cell(2, c + 1), columns[c].Header);
            key.Style.Font.Italic = true;
            key.Style.Font.FontColor = XLColor.Gray;
        }

        sheet.Row(1).Style.Alignment.WrapText = true;
        var r = 3;
        foreach (var organisation in exported.Batch.Organisations ?? [])
        {
            var cells = ResponseTable.Row(columns, organisation);
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (cells[c])
                {
                    case decimal d:
                        cell.SetValue(d);
                        cell.DataType = XLDataType.Number;
                        cell.Style.NumberFormat.Format = NumberFormat(columns[c].Question);
                        widths[c] = Math.Max(widths[c], Width(d.ToString("#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))) + 2);
                        break;
                    case int i:
                        cell.SetValue(i);
                        cell.DataType = XLDataType.Number;
                        break;
                    case string s:
                        SetText(cell, s).Style.Alignment.WrapText = s.Contains('\n'); // free texts: one a line
                        widths[c] = Math.Max(widths[c], Width(s));
                        break;
                }
            }

            r++;
        }

        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Column(c + 1).Width = Math.Clamp(widths[c] + 2, 8, MaxWidth);
        }

        sheet.SheetView.FreezeRows(2);
        WriteExplanation(workbook.Worksheets.Add(ExplanationSheetName), columns);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads the first worksheet within the default <see cref="FileLimits"/>.</summary>
    public static RawTable Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return XlsxReader.Read(buffer.ToArray(), new FileLimits(), CancellationToken.None);
    }

    private static void WriteExplanation(IXLWorksheet sheet, IReadOnlyList<TableColumn> columns)
    {
        string[] intro =
        [
            "Eén rij per organisatie. Rij 1 heeft de Nederlandse kolomnamen, rij 2 de vaste sleutels: laat rij 2 staan, de import herkent de kolommen daaraan.",
            "Vragen met meerdere antwoorden hebben een kolom per antwoord: 1 = gekozen, 0 = niet gekozen. Alle cellen van zo'n vraag leeg betekent niet beantwoord; alle 0 betekent 'Geen van deze'.",
            "Bij het importeren laat een lege cel het opgeslagen antwoord staan, tenzij u kiest voor 'Lege cellen wissen het antwoord'.",
            "Bedragen in hele euro's, aantallen FTE met hoogstens twee decimalen. Vrije teksten: één per regel in de cel.",
        ];
        for (var i = 0; i < intro.Length; i++)
        {
            SetText(sheet.Cell(i + 1, 1), intro[i]);
        }

        var header = intro.Length + 2;
        string[] titles = ["Kolom", "Sleutel", "Uitleg"];
        for (var c = 0; c < titles.Length; c++)
        {
            SetText(sheet.Cell(header, c + 1), titles[c]).Style.Font.Bold = true;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            SetText(sheet.Cell(header + 1 + i, 1), columns[i].Label);
            SetText(sheet.Cell(header + 1 + i, 2), columns[i].Header);
            SetText(sheet.Cell(header + 1 + i, 3), columns[i].Explanation);
        }

        sheet.Column(1).Width = Math.Clamp(columns.Max(c => Width(c.Label)) + 2, 12, MaxWidth);
        sheet.Column(2).Width = Math.Clamp(columns.Max(c => Width(c.Header)) + 2, 10, MaxWidth);
        sheet.Column(3).Width = 90;
    }

    /// <summary>Always a text cell: a value such as "=1+1" is shown, never run as a formula.</summary>
    private static IXLCell SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        return cell;
    }

    /// <summary>Excel shows these in the reader's own locale: "€ 812.000", "8,75" in a Dutch Excel.</summary>
    private static string NumberFormat(Question? question) => question?.Kind switch
    {
        QuestionKind.Money => "\"€\" #,##0",
        QuestionKind.Decimal => "#,##0.00",
        QuestionKind.Year or QuestionKind.FoundedYearBuckets => "0",
        _ => "#,##0",
    };

    /// <summary>The width of the longest line of a text, in characters.</summary>
    private static int Width(string? text) => (text ?? "").Split('\n').Max(l => l.Length);
}
