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

    [GeneratedRegex("<text [^>]*>(\\d+)</text>")]
    private static partial Regex MapNumber();
}
