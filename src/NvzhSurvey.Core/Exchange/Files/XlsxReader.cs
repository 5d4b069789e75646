using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>
/// Reads the first worksheet of an .xlsx as a stream of XML (no workbook in memory), within <see cref="FileLimits"/>:
/// the declared and the actual unpacked size of every part, the sheet's dimension and every cell reference, and the
/// time taken. Numbers become decimal, everything else trimmed text.
/// </summary>
internal sealed class XlsxReader
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private readonly ZipArchive _zip;
    private readonly FileLimits _limits;
    private readonly CancellationToken _cancellationToken;
    private long _budget;

    private XlsxReader(ZipArchive zip, FileLimits limits, CancellationToken cancellationToken)
    {
        _zip = zip;
        _limits = limits;
        _cancellationToken = cancellationToken;
        _budget = limits.MaxUnpackedBytes;
    }

    public static RawTable Read(byte[] content, FileLimits limits, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        // Before anything is unpacked: the sizes the zip declares (a lying zip is caught while reading, below).
        var declared = zip.Entries.Sum(e => e.Length);
        if (declared > limits.MaxUnpackedBytes)
        {
            throw TooLarge(limits);
        }

        return new XlsxReader(zip, limits, cancellationToken).ReadFirstSheet();
    }

    private RawTable ReadFirstSheet()
    {
        var sheetPath = FirstSheetPath();
        var strings = _zip.GetEntry("xl/sharedStrings.xml") is { } sharedStrings ? ReadSharedStrings(sharedStrings) : [];
        var entry = _zip.GetEntry(sheetPath) ?? throw new InvalidDataException("Geen werkblad gevonden.");
        var rows = new SortedDictionary<int, Dictionary<int, object?>>();
        var lastColumn = 0;
        using var reader = Xml(entry);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != MainNs)
            {
                continue;
            }

            if (reader.LocalName == "dimension" && reader.GetAttribute("ref") is { } dimension)
            {
                var end = dimension.Split(':')[^1];
                CheckCell(end);
            }
            else if (reader.LocalName == "c")
            {
                var (row, column) = CheckCell(reader.GetAttribute("r") ?? throw new InvalidDataException("Een cel zonder adres."));
                var type = reader.GetAttribute("t");
                var value = ReadCellValue(reader, type, strings);
                if (value is not null)
                {
                    if (!rows.TryGetValue(row, out var cells))
                    {
                        rows[row] = cells = [];
                    }

                    cells[column] = value;
                    lastColumn = Math.Max(lastColumn, column);
                }
            }
        }

        var table = new List<object?[]>();
        if (rows.Count > 0)
        {
            for (var r = 1; r <= rows.Keys.Max(); r++)
            {
                var cells = new object?[lastColumn];
                if (rows.TryGetValue(r, out var found))
                {
                    foreach (var (c, value) in found)
                    {
                        cells[c - 1] = value;
                    }
                }

                table.Add(cells);
            }
        }

        return RawTable.From(table);
    }

    private static object? ReadCellValue(XmlReader reader, string? type, List<string> strings)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        string? raw = null;
        using (var cell = reader.ReadSubtree())
        {
            cell.Read();
            while (!cell.EOF)
            {
                if (cell.NodeType == XmlNodeType.Element && cell.LocalName is "f" or "rPh")
                {
                    cell.Skip();
                }
                else if (cell.NodeType == XmlNodeType.Element && cell.LocalName is "v" or "t")
                {
                    raw = (raw ?? "") + cell.ReadElementContentAsString();
                }
                else
                {
                    cell.Read();
                }
            }
        }

        if (raw is null)
        {
            return null;
        }

        object? value = type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : null,
            "str" or "inlineStr" or "e" => raw,
            "b" => raw == "1" ? "1" : "0",
            _ => decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : raw,
        };
        return value is string text ? (text.Trim() is { Length: > 0 } trimmed ? trimmed : null) : value;
    }

    private List<string> ReadSharedStrings(ZipArchiveEntry entry)
    {
        var strings = new List<string>();
        using var reader = Xml(entry);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                var text = "";
                using (var item = reader.ReadSubtree())
                {
                    item.Read();
                    while (!item.EOF)
                    {
                        if (item.NodeType == XmlNodeType.Element && item.LocalName == "rPh")
                        {
                            item.Skip(); // phonetic runs are not part of the text
                        }
                        else if (item.NodeType == XmlNodeType.Element && item.LocalName == "t")
                        {
                            text += item.ReadElementContentAsString();
                        }
                        else
                        {
                            item.Read();
                        }
                    }
                }

                strings.Add(text);
            }
        }

        return strings;
    }

    /// <summary>The part of the first sheet named in xl/workbook.xml (usually xl/worksheets/sheet1.xml).</summary>
    private string FirstSheetPath()
    {
        string? relationId = null;
        if (_zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var reader = Xml(workbook);
            while (relationId is null && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    relationId = reader.GetAttribute("id", RelNs);
                }
            }
        }

        if (relationId is not null && _zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = Xml(rels);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == relationId
                    && reader.GetAttribute("Target") is { } target)
                {
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        return "xl/worksheets/sheet1.xml";
    }

    /// <summary>"XFD1048576" → (1048576, 16384), refused when outside the limits.</summary>
    private (int Row, int Column) CheckCell(string reference)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var letters = 0;
        var column = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[letters]) - 'A' + 1);
            letters++;
            if (column > _limits.MaxColumns)
            {
                throw TooBig(_limits);
            }
        }

        if (letters == 0 || !int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            throw new InvalidDataException($"Ongeldig celadres '{reference}'.");
        }

        if (row > _limits.MaxRows + 2)
        {
            throw TooBig(_limits);
        }

        return (row, column);
    }

    private XmlReader Xml(ZipArchiveEntry entry) => XmlReader.Create(
        new BudgetStream(entry.Open(), this),
        new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, CloseInput = true });

    private void Spend(int bytes)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _budget -= bytes;
        if (_budget < 0)
        {
            throw TooLarge(_limits);
        }
    }

    private static FileRefusedException TooLarge(FileLimits limits) => new(
        $"Het bestand is geweigerd: uitgepakt is het groter dan {limits.MaxUnpackedBytes / (1024 * 1024)} MB. " +
        "Sla het opnieuw op als .xlsx of als CSV met alleen de antwoorden.");

    private static FileRefusedException TooBig(FileLimits limits) => new(
        $"Het bestand is geweigerd: het werkblad is groter dan {limits.MaxRows.ToString("N0", Dutch)} rijen of {limits.MaxColumns.ToString("N0", Dutch)} kolommen. " +
        "Verwijder lege of overbodige rijen en kolommen en probeer het opnieuw.");

    /// <summary>Counts the unpacked bytes of every part against the reader's budget.</summary>
    private sealed class BudgetStream(Stream inner, XlsxReader owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            owner.Spend(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
