using System.Net;
using ClosedXML.Excel;

namespace NvzhSurvey.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class FileApiTests(ApiFixture api)
{
    [Fact]
    public async Task Staff_download_the_responses_as_CSV_for_Dutch_Excel()
    {
        var response = await api.Staff.GetAsync("/api/v1/editions/2024/responses.csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("nvzh-antwoorden-2024.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        lines[0].Should().StartWith("Sleutel;Organisatie;Plaats;Status;", "the first header row is in Dutch for people");
        lines[1].Should().StartWith("key;name;city;status;target_group;target_group.also_mentioned;age_groups.adults;", "the second row keeps the keys for the round trip");
    }

    [Fact]
    public async Task Staff_download_the_responses_as_Excel()
    {
        var response = await api.Staff.GetAsync("/api/v1/editions/2024/responses.xlsx");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("nvzh-antwoorden-2024.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        workbook.Worksheet("Antwoorden").RowsUsed().Count().Should().Be(27, "two header rows (Dutch, keys) and the 25 responses");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task A_file_of_an_unknown_edition_is_404(string extension)
    {
        var response = await api.Staff.GetAsync($"/api/v1/editions/1999/responses.{extension}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ApiFixture.ProblemAsync(response)).GetProperty("detail").GetString().Should().Be("Editie 1999 bestaat niet.");
    }
}
