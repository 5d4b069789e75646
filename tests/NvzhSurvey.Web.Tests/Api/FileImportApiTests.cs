using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace NvzhSurvey.Web.Tests.Api;

/// <summary>
/// POST /editions/{year}/responses/import with a CSV or Excel body (issue 11, exports and uploads): the same
/// preview and refusal rules as the exchange page, all-or-nothing, problem+json, and the same change list.
/// </summary>
[Collection(ApiCollection.Name)]
public class FileImportApiTests(ApiFixture api)
{
    private const string Import2025 = "/api/v1/editions/2025/responses/import";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ByteArrayContent Body(byte[] content, string mediaType) =>
        new(content) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } };

    private static ByteArrayContent Csv(string csv) => Body(Encoding.UTF8.GetBytes(csv), "text/csv");

    private static string CsvFile(string key, string fte) => $"""
        key;name;status;fte;age_groups.adults;age_groups.youth;age_groups.young_adults
        {key};Herstelhuis {key};draft;{fte};1;0;1
        """;

    [Fact]
    public async Task A_CSV_dry_run_lists_the_changes_and_writes_nothing_and_the_import_lists_the_same()
    {
        (await api.Staff.PostAsync(Import2025, Csv(CsvFile("csv-01", "8,75")))).StatusCode.Should().Be(HttpStatusCode.OK);
        var before = await api.CountRowsAsync();

        var dryRun = await api.Staff.PostAsync(Import2025 + "?dryRun=true", Csv(CsvFile("csv-01", "9,5")));

        dryRun.StatusCode.Should().Be(HttpStatusCode.OK, await dryRun.Content.ReadAsStringAsync());
        (await api.CountRowsAsync()).Should().Be(before, "a dry run writes nothing");
        var preview = await dryRun.Content.ReadFromJsonAsync<JsonElement>();
        preview.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        preview.GetProperty("nothingChanged").GetBoolean().Should().BeFalse();
        var organisation = preview.GetProperty("organisations")[0];
        organisation.GetProperty("response").GetString().Should().Be("updated");
        organisation.GetProperty("changedValues").GetInt32().Should().Be(1);
        organisation.GetProperty("unchangedValues").GetInt32().Should().BeGreaterThan(0);
        await using (var db = api.CreateDbContext())
        {
            var label = await db.Questions.Where(q => q.Key == "fte" && q.Section!.Edition!.Year == 2025).Select(q => q.Label).SingleAsync();
            Changes(organisation).Should().Equal($"{label}: 8,75 → 9,5");
        }

        var import = await api.Staff.PostAsync(Import2025, Csv(CsvFile("csv-01", "9,5")));

        var result = await import.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("dryRun").GetBoolean().Should().BeFalse();
        Changes(result.GetProperty("organisations")[0]).Should().Equal(Changes(organisation));
        result.GetProperty("organisations")[0].GetProperty("unchangedValues").GetInt32().Should().Be(organisation.GetProperty("unchangedValues").GetInt32());
        (await api.CountRowsAsync()).Should().NotBe(before);
    }

    [Fact]
    public async Task An_Excel_export_imports_into_a_new_edition_and_imported_again_changes_nothing()
    {
        await api.CreateEditionAsync(2043);
        var xlsx = await api.Staff.GetByteArrayAsync("/api/v1/editions/2024/responses.xlsx");

        var first = await api.Staff.PostAsync("/api/v1/editions/2043/responses/import", Body(xlsx, XlsxType));

        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("responsesCreated").GetInt32().Should().Be(25);
        var again = await api.Staff.GetByteArrayAsync("/api/v1/editions/2043/responses.xlsx");
        var before = await api.CountRowsAsync();

        var second = await api.Staff.PostAsync("/api/v1/editions/2043/responses/import", Body(again, XlsxType));

        var result = await second.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("nothingChanged").GetBoolean().Should().BeTrue();
        result.GetProperty("unchanged").GetInt32().Should().Be(25);
        result.GetProperty("organisations").EnumerateArray().Should().OnlyContain(o => o.GetProperty("changes").GetArrayLength() == 0);
        (await api.CountRowsAsync()).Should().Be(before, "no row and no audit entry");
    }

    [Fact]
    public async Task A_file_with_one_bad_row_is_refused_as_problem_json_and_the_good_rows_are_not_stored_either()
    {
        var csv = """
            key;name;status;fte
            bad-01;Herstelhuis Goed;draft;8,75
            bad-02;Herstelhuis Fout;draft;veel
            """;
        var before = await api.CountRowsAsync();

        var response = await api.Staff.PostAsync(Import2025, Csv(csv));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ApiFixture.ErrorsAsync(response)).Should().Equal("rij 3, fte: Vul een getal in, bijvoorbeeld 9,62, niet 'veel'.");
        (await api.CountRowsAsync()).Should().Be(before, "all or nothing");
    }

    [Fact]
    public async Task A_crafted_workbook_is_refused_as_problem_json_with_a_Dutch_message()
    {
        var before = await api.CountRowsAsync();

        var response = await api.Staff.PostAsync(Import2025, Body(FarCellWorkbook(), XlsxType));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ApiFixture.ErrorsAsync(response)).Should().ContainSingle().Which.Should().StartWith("rij 1: Het bestand is geweigerd: het werkblad is groter dan 10.000 rijen");
        (await api.CountRowsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_JSON_export_downloads_as_a_file()
    {
        var response = await api.Staff.GetAsync("/api/v1/editions/2024/responses");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be("nvzh-antwoorden-2024.json");
    }

    private static List<string> Changes(JsonElement organisation) => organisation.GetProperty("changes").EnumerateArray()
        .Select(c => $"{c.GetProperty("field").GetString()}: {c.GetProperty("oldValue").GetString()} → {c.GetProperty("newValue").GetString()}")
        .ToList();

    /// <summary>A workbook whose only value is in cell XFD1048576.</summary>
    private static byte[] FarCellWorkbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }

            Add("xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Antwoorden" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add("xl/worksheets/sheet1.xml", """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>""");
        }

        return stream.ToArray();
    }
}
