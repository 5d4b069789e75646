using Microsoft.EntityFrameworkCore;
using System.Text;
using ClosedXML.Excel;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;

namespace NvzhSurvey.Core.Tests.Exchange.Files;

public class FileExchangeTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoDataAsync();
    }

    private ResponseExporter Exporter() => new(Database.CreateFactory());

    private FileImporter Importer() => new(new ResponseImporter(Database.CreateFactory(), TimeProvider.System));

    private Task<RowCounts> CountAsync() => ExecuteDbContextAsync(RowCounts.CountAsync);

    [Fact]
    public async Task The_CSV_is_UTF8_with_BOM_semicolons_and_Dutch_decimals_one_row_per_organisation()
    {
        var csv = ResponseCsv.Write((await Exporter().ExportAsync(2024))!);

        csv.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(27, "Dutch headings, the keys, then 25 organisations");
        lines[0].Split(';').Take(4).Should().Equal("Sleutel", "Organisatie", "Plaats", "Status");
        var headers = lines[1].Split(';');
        headers.Take(4).Should().Equal("key", "name", "city", "status");
        headers.Should().Contain(["target_group", "age_groups.adults", "age_groups.youth", "age_groups.young_adults", "fte", "revenue"])
            .And.NotContain("age_groups").And.NotContain("locations");
        var first = lines[2].Split(';');
        first[Array.IndexOf(headers, "age_groups.adults")].Should().BeOneOf("0", "1");
        lines.Skip(2).Select(l => l.Split(';')[Array.IndexOf(headers, "fte")]).Should().Contain(v => v.Contains(','), "FTE has decimals, written with a comma");
    }

    [Fact]
    public async Task The_Excel_file_holds_numbers_as_numbers()
    {
        var xlsx = ResponseExcel.Write((await Exporter().ExportAsync(2024))!);

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(ResponseExcel.SheetName);
        var headers = sheet.Row(2).CellsUsed().Select(c => c.GetString()).ToList();
        sheet.RowsUsed().Count().Should().Be(27);
        var fte = sheet.Cell(3, headers.IndexOf("fte") + 1);
        fte.DataType.Should().Be(XLDataType.Number);
        sheet.Cell(3, headers.IndexOf("age_groups.adults") + 1).DataType.Should().Be(XLDataType.Number);
        sheet.Cell(3, headers.IndexOf("status") + 1).GetString().Should().Be("Afgerond");
        workbook.Worksheets.Select(w => w.Name).Should().Equal(ResponseExcel.SheetName, ResponseExcel.ExplanationSheetName);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task A_file_export_imports_into_the_next_edition_and_exports_the_same(string format)
    {
        var exported = (await Exporter().ExportAsync(2024))!;
        var file = format == "csv" ? ResponseCsv.Write(exported) : ResponseExcel.Write(exported);

        var preview = await Importer().PreviewAsync(2025, $"antwoorden.{format}", file, "test");

        preview.ProblemCount.Should().Be(0);
        preview.CanImport.Should().BeTrue();
        preview.Rows.Should().HaveCount(25).And.OnlyContain(r => r.Response == ImportAction.Created);
        var outcome = await Importer().ImportAsync(preview, "test");
        outcome.Should().BeOfType<ImportOutcome.Imported>().Which.Summary.ResponsesCreated.Should().Be(25);
        var again = (await Exporter().ExportAsync(2025))!;
        if (format == "csv")
        {
            // The Dutch headings name the edition's year ("Aantal fte werkzaam (2025)"); keys and values are the same.
            Encoding.UTF8.GetString(ResponseCsv.Write(again)).Split("\r\n").Skip(1).Should().Equal(Encoding.UTF8.GetString(file).Split("\r\n").Skip(1));
        }
        else
        {
            ResponseTableOf(ResponseExcel.Write(again)).Should().BeEquivalentTo(ResponseTableOf(file), o => o.WithStrictOrdering());
        }

        var repeated = await Importer().PreviewAsync(2025, $"antwoorden.{format}", file, "test");
        repeated.Rows.Should().OnlyContain(r => r.Response == ImportAction.Unchanged);

        // Every free text (text lists such as "also mentioned", and the details of plans and challenges) travels with the file.
        var texts = await ExecuteDbContextAsync(db => db.FreeTexts.Select(t => new
        {
            Year = db.Responses.Where(r => r.Id == t.ResponseId).Select(r => r.Edition!.Year).Single(),
            Organisation = db.Responses.Where(r => r.Id == t.ResponseId).Select(r => r.Organisation!.Key).Single(),
            Question = db.Questions.Where(q => q.Id == t.QuestionId).Select(q => q.Key).Single(),
            List = t.ListKey ?? db.QuestionOptions.Where(o => o.Id == t.OptionId).Select(o => o.Key).Single(),
            t.Text,
            t.Order,
        }).ToListAsync());
        string Describe(int year) => string.Join("\n", texts.Where(t => t.Year == year)
            .OrderBy(t => t.Organisation).ThenBy(t => t.Question).ThenBy(t => t.List).ThenBy(t => t.Order)
            .Select(t => $"{t.Organisation} {t.Question} {t.List} {t.Text}"));
        Describe(2025).Should().Be(Describe(2024));
        texts.Select(t => t.List).Should().Contain(["also_mentioned", "external_trainers"]).And.Contain(l => l != "also_mentioned" && l != "external_trainers");
    }

    [Fact]
    public async Task Empty_option_cells_mean_not_answered_and_zeros_mean_none_of_these_in_both_directions()
    {
        var csv = """
            key;name;status;age_groups.adults;age_groups.youth;age_groups.young_adults
            zho-leeg;Herstelhuis Leeg;draft;;;
            zho-geen;Herstelhuis Geen;draft;0;0;0
            zho-een;Herstelhuis Een;draft;;1;
            """;

        var preview = await Importer().PreviewAsync(2025, "antwoorden.csv", Encoding.UTF8.GetBytes(csv), "test");
        preview.CanImport.Should().BeTrue();
        await Importer().ImportAsync(preview, "test");

        var ageGroups = await ExecuteDbContextAsync(db => db.Questions.Include(q => q.Options).SingleAsync(q => q.Key == "age_groups" && q.Section!.Edition!.Year == 2025));
        var stored = await ExecuteDbContextAsync(db => db.Responses.Where(r => r.Organisation!.Key.StartsWith("zho-"))
            .Select(r => new { r.Organisation!.Key, Answers = db.Answers.Where(a => a.ResponseId == r.Id && a.QuestionId == ageGroups.Id).ToList() })
            .ToDictionaryAsync(r => r.Key, r => r.Answers));
        stored["zho-leeg"].Should().BeEmpty();
        stored["zho-geen"].Should().ContainSingle().Which.IsNoneOfThese.Should().BeTrue();
        stored["zho-een"].Should().ContainSingle().Which.OptionId.Should().Be(ageGroups.Options.Single(o => o.Key == "youth").Id);

        var exported = Encoding.UTF8.GetString(ResponseCsv.Write((await Exporter().ExportAsync(2025))!)).Split("\r\n");
        var headers = exported[1].Split(';');
        string Cells(string key) => string.Join(";", exported.Single(l => l.StartsWith(key + ";")).Split(';')
            .Where((_, i) => headers[i].StartsWith("age_groups.", StringComparison.Ordinal)));
        Cells("zho-leeg").Should().Be(";;");
        Cells("zho-geen").Should().Be("0;0;0");
        Cells("zho-een").Should().Be("0;1;0");
    }

    [Fact]
    public async Task The_preview_lists_every_problem_per_row_and_stores_nothing()
    {
        var csv = """
            key;name;status;fte;revenue;legal_form;age_groups.adults;age_groups.youth;favourite_colour
            zho-01;Herstelhuis Een;completed;8,75;812.000;independent;1;0;blauw
            zho-02;Herstelhuis Twee;completed;-1;1000;independent;1;0;
            zho-03;Herstelhuis Drie;completed;veel;1000;zelfstandig;ja;0;
            zho-01;;klaar;1000000000;12,5;;1;1;
            """;
        var before = await CountAsync();

        var preview = await Importer().PreviewAsync(2025, "antwoorden.csv", Encoding.UTF8.GetBytes(csv), "test");

        preview.CanImport.Should().BeFalse();
        preview.FileProblems.Select(p => $"{p.Column}: {p.Message}").Should().Equal("favourite_colour: Onbekende kolom 'favourite_colour'.");
        preview.Rows.Select(r => r.Row).Should().Equal(2, 3, 4, 5);
        preview.Rows[0].Problems.Should().BeEmpty();
        Problems(preview, 3).Should().Equal("fte: Moet 0 of meer zijn.");
        Problems(preview, 4).Should().BeEquivalentTo(
            "fte: Vul een getal in, bijvoorbeeld 9,62, niet 'veel'.",
            "age_groups.adults: Vul 0 of 1 in, niet 'ja'.",
            "legal_form: Onbekende optie 'zelfstandig' bij vraag 'legal_form'; kies uit independent, part_of.");
        Problems(preview, 5).Should().BeEquivalentTo(
            "key: De sleutel 'zho-01' komt al voor bij organisations[0].",
            "name: Vul de naam van de organisatie in.",
            "status: Onbekende status 'klaar'; kies uit notStarted, draft, submittedByMember, completed.",
            "fte: Dit getal is onwaarschijnlijk groot; controleer de invoer.",
            "revenue: Vul een bedrag in hele euro's in.");
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task CSV_text_cells_that_a_spreadsheet_would_run_as_formulas_are_escaped_and_numbers_are_not()
    {
        await ExecuteDbContextAsync(async db =>
        {
            var organisation = await db.Organisations.OrderBy(o => o.Key).FirstAsync();
            organisation.Name = "=1+1";
            organisation.City = "@SUM(A1)";
            await db.SaveChangesAsync();
        });

        var lines = Encoding.UTF8.GetString(ResponseCsv.Write((await Exporter().ExportAsync(2024))!)).Split("\r\n");

        lines[2].Should().Contain(";\"'=1+1\";\"'@SUM(A1)\";").And.NotContain(";=1+1;");
        var table = ResponseCsv.Read(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));
        table.Rows[0].Cells[1].Should().Be("'=1+1", "the apostrophe is in the file; the import removes it");
        var headers = lines[1].Split(';');
        foreach (var number in new[] { "fte", "revenue", "age_groups.adults" })
        {
            lines.Skip(2).Where(l => l.Length > 0).Select(l => l.Split(';')[Array.IndexOf(headers, number)])
                .Should().OnlyContain(v => v.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(v, @"^[0-9.]+(,[0-9]+)?$"), $"{number} stays a number, not escaped");
        }
    }

    [Fact]
    public async Task The_Excel_export_writes_a_formula_like_name_as_a_text_cell_not_as_a_formula()
    {
        await ExecuteDbContextAsync(async db =>
        {
            var organisation = await db.Organisations.OrderBy(o => o.Key).FirstAsync();
            organisation.Name = "=1+1";
            organisation.City = "@SUM(A1)";
            await db.SaveChangesAsync();
        });

        var xlsx = ResponseExcel.Write((await Exporter().ExportAsync(2024))!);

        using (var workbook = new XLWorkbook(new MemoryStream(xlsx)))
        {
            var sheet = workbook.Worksheet(ResponseExcel.SheetName);
            foreach (var (cell, text) in new[] { (sheet.Cell(3, 2), "=1+1"), (sheet.Cell(3, 3), "@SUM(A1)") })
            {
                cell.HasFormula.Should().BeFalse();
                cell.DataType.Should().Be(XLDataType.Text);
                cell.GetString().Should().Be(text);
            }
        }

        // And in the file itself: no formula element anywhere in the sheet, the text as a (shared or inline) string.
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        var sheetXml = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        sheetXml.Should().NotContain("<x:f>").And.NotContain("<f>").And.NotContain("<f ");
        var strings = zip.GetEntry("xl/sharedStrings.xml") is { } shared ? new StreamReader(shared.Open()).ReadToEnd() : "";
        (sheetXml + strings).Should().Contain(">=1+1<").And.Contain(">@SUM(A1)<");
        ResponseExcel.Read(new MemoryStream(xlsx)).Rows[0].Cells.Take(3).Skip(1).Should().Equal("=1+1", "@SUM(A1)");
    }

    [Fact]
    public async Task A_published_edition_refuses_a_file_import()
    {
        var file = ResponseCsv.Write((await Exporter().ExportAsync(2024))!);

        var preview = await Importer().PreviewAsync(2024, "antwoorden.csv", file, "test");

        preview.Refusal.Should().Be("Editie 2024 is gepubliceerd; de antwoorden kunnen niet meer worden gewijzigd.");
        preview.CanImport.Should().BeFalse();
    }

    [Theory]
    [InlineData("antwoorden.xlsx", "Het bestand kan niet worden gelezen; sla het op als .xlsx of als CSV (puntkomma-gescheiden).")]
    [InlineData("antwoorden.pdf", "Kies een .csv- of .xlsx-bestand.")]
    [InlineData("antwoorden.csv", "De kolom 'key' (de sleutel van de organisatie) ontbreekt.")]
    public async Task An_unreadable_file_gets_one_clear_problem(string fileName, string message)
    {
        var preview = await Importer().PreviewAsync(2025, fileName, Encoding.UTF8.GetBytes("dit is geen spreadsheet"), "test");

        preview.FileProblems.Select(p => p.Message).Should().Equal(message);
        preview.CanImport.Should().BeFalse();
    }

    private static List<string> Problems(FilePreview preview, int row) =>
        preview.Rows.Single(r => r.Row == row).Problems.Select(p => $"{p.Column}: {p.Message}").ToList();

    private static List<List<string>> ResponseTableOf(byte[] xlsx)
    {
        var table = ResponseExcel.Read(new MemoryStream(xlsx));
        return [[.. table.Headers], .. table.Rows.Select(r => r.Cells.Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList())];
    }
}
