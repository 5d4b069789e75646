using System.IO.Compression;
using System.Text;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;

namespace NvzhSurvey.Core.Tests.Exchange.Files;

/// <summary>Crafted workbooks are refused before they fill the memory (issue 11, exports and uploads).</summary>
public class UploadLimitsTests
{
    private static FileImporter Importer() => new(new ResponseImporter(null!, TimeProvider.System));

    [Fact]
    public async Task A_workbook_whose_only_value_is_in_XFD1048576_is_refused()
    {
        var sheet = """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>""";

        var preview = await Importer().PreviewAsync(2025, "antwoorden.xlsx", Workbook(sheet, null), "test");

        preview.CanImport.Should().BeFalse();
        preview.FileProblems.Should().ContainSingle().Which.Message.Should().StartWith("Het bestand is geweigerd: het werkblad is groter dan 10.000 rijen");
    }

    [Fact]
    public async Task A_compressed_bomb_in_the_shared_strings_is_refused_before_it_is_unpacked()
    {
        var sheet = """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""";
        var bomb = new StringBuilder("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>""")
            .Append('A', 60 * 1024 * 1024).Append("</t></si></sst>").ToString();
        var file = Workbook(sheet, bomb);
        file.Length.Should().BeLessThan(1024 * 1024, "the bomb is small when compressed");

        var preview = await Importer().PreviewAsync(2025, "antwoorden.xlsx", file, "test");

        preview.FileProblems.Should().ContainSingle().Which.Message.Should().StartWith("Het bestand is geweigerd: uitgepakt is het groter dan 50 MB");
    }

    [Fact]
    public void Reading_the_compressed_bomb_allocates_a_small_fraction_of_what_it_unpacks_to()
    {
        var sheet = """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""";
        var bomb = Workbook(sheet, new StringBuilder("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>""")
            .Append('A', 60 * 1024 * 1024).Append("</t></si></sst>").ToString());
        var limits = new FileLimits();
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var read = () => XlsxReader.Read(bomb, limits, CancellationToken.None);

        read.Should().Throw<FileRefusedException>();
        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        used.Should().BeLessThan(16 * 1024 * 1024, $"the 60 MB part is refused without being held in memory (allocated {used / 1024 / 1024} MB)");
    }

    [Fact]
    public async Task A_file_that_takes_too_long_to_read_is_refused()
    {
        var rows = Enumerable.Range(1, 9_000).Select(r =>
            $"<row r=\"{r}\">" + string.Concat(Enumerable.Range(0, 26).Select(c => $"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>waarde {r}</t></is></c>")) + "</row>");
        var sheet = $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{string.Concat(rows)}</sheetData></worksheet>""";
        var importer = new FileImporter(new ResponseImporter(null!, TimeProvider.System), new FileLimits { ParseTimeout = TimeSpan.FromMilliseconds(20) });

        var preview = await importer.PreviewAsync(2025, "antwoorden.xlsx", Workbook(sheet, null), "test");

        preview.CanImport.Should().BeFalse();
        preview.FileProblems.Should().ContainSingle().Which.Message.Should().Be("Het bestand is geweigerd: het lezen duurde te lang. Sla het op als CSV of met minder gegevens.");
    }

    private static byte[] Workbook(string sheet, string? sharedStrings)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Antwoorden" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings is not null)
            {
                Add(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
