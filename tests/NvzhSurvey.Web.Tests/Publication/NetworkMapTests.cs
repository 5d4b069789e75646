using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Web.Features.Publication.Map;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>The map "Landelijk dekkend netwerk" and the typeface of the 2024 PDF.</summary>
[Collection(PublicationCollection.Name)]
public partial class NetworkMapTests(PublicationFixture publication)
{
    [Fact]
    public async Task The_number_in_each_province_is_the_participants_counted_locations_there()
    {
        Dictionary<string, int> expected;
        using (var scope = publication.Factory.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SurveyDbContext>>().CreateDbContextAsync();
            var counts = await db.ResponseLocations
                .Where(l => l.Province != null && db.Responses.Any(r => r.Id == l.ResponseId && r.Status == ResponseStatus.Completed && r.Edition!.Year == 2024))
                .GroupBy(l => l.Province!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            expected = Provinces.All.ToDictionary(p => p.DisplayName(), p => counts.SingleOrDefault(c => c.Key == p)?.Count ?? 0);
        }

        var map = MapSvg().Match(publication.Html2024).Value;
        map.Should().NotBeEmpty("the publication has the map");
        var printed = MapNumber().Matches(map).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        printed.Should().Equal(ProvinceOutlines.All.Select(o => expected[o.Province.DisplayName()]), "each province prints its own count");
        foreach (var (name, count) in expected)
        {
            map.Should().Contain($"{name}: {(count == 1 ? "1 locatie" : $"{count} locaties")}", "the alternative text lists every province");
        }

        expected.Values.Sum().Should().BeGreaterThan(100);
        var text = PdfText.Compact(string.Join(' ', PdfText.Pages(publication.Pdf2024)));
        text.Should().Contain(PdfText.Compact("Landelijk dekkend netwerk")).And.Contain(PdfText.Compact(NetworkTable.Credit));
    }

    [Fact]
    public async Task The_table_beside_the_map_holds_the_locations_per_province_and_a_complete_total_row()
    {
        Dictionary<string, int> locations;
        int participants, memberOrganisations, memberLocations;
        using (var scope = publication.Factory.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SurveyDbContext>>().CreateDbContextAsync();
            var completed = db.Responses.Where(r => r.Status == ResponseStatus.Completed && r.Edition!.Year == 2024);
            var counts = await db.ResponseLocations.Where(l => completed.Any(r => r.Id == l.ResponseId))
                .GroupBy(l => l.Province).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            locations = counts.ToDictionary(c => c.Key?.DisplayName() ?? "Zonder provincie", c => c.Count);
            participants = await completed.CountAsync();
            var open = db.Locations.Where(l => l.IsActive && l.Organisation!.MembershipStatus == MembershipStatus.Member && !l.Organisation.IsArchived);
            memberOrganisations = await open.Select(l => l.OrganisationId).Distinct().CountAsync();
            memberLocations = await open.CountAsync();
        }

        var table = NetworkTableHtml().Match(publication.Html2024).Value;
        table.Should().NotBeEmpty("the map has its table beside it");
        var rows = TableRow().Matches(table).Select(m => (Name: System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), Cells: Cell().Matches(m.Groups[2].Value).Select(c => c.Groups[1].Value).ToList())).ToList();
        var provinces = rows.Where(r => r.Name != "Totaal").ToList();
        provinces.Select(r => r.Name).Should().Contain(Provinces.All.Select(p => p.DisplayName()), "every province has a row");
        foreach (var (name, cells) in provinces)
        {
            int.Parse(cells[1]).Should().Be(locations.GetValueOrDefault(name), $"the locations in {name}");
        }

        var total = rows.Should().ContainSingle(r => r.Name == "Totaal").Subject.Cells;
        total.Should().NotContain("", "every cell of the total row is filled");
        total.Select(int.Parse).Should().Equal(participants, locations.Values.Sum(), memberOrganisations, memberLocations);
        int.Parse(total[1]).Should().Be(provinces.Sum(r => int.Parse(r.Cells[1])), "the locations column adds up to its total");
        int.Parse(total[3]).Should().Be(provinces.Sum(r => int.Parse(r.Cells[3])), "the members' locations column adds up to its total");
    }

    [Fact]
    public async Task The_pdf_embeds_Open_Sans()
    {
        var path = Path.Combine(PublicationFixture.ArtifactsDirectory, "publicatie-2024-fonts.pdf");
        await File.WriteAllBytesAsync(path, publication.Pdf2024);
        using var process = Process.Start(new ProcessStartInfo("pdffonts", [path]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var fonts = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var lines = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        lines.Should().Contain(l => Regex.IsMatch(l, @"^[A-Z]{6}\+OpenSans\s.* yes "), "the body text is Open Sans regular, embedded (subset)");
        lines.Should().Contain(l => l.Contains("OpenSans-Bold"));
        lines.Should().NotContain(l => l.Contains("DejaVu"), "no text falls back to DejaVu");
    }

    [GeneratedRegex("<svg class=\"network-map\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex MapSvg();

    [GeneratedRegex("<table class=\"network-table\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex NetworkTableHtml();

    [GeneratedRegex("<tr[^>]*><th scope=\"row\">([^<]*)</th>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<td>([^<]*)</td>")]
    private static partial Regex Cell();

    [GeneratedRegex("<text [^>]*>(\\d+)</text>")]
    private static partial Regex MapNumber();
}
