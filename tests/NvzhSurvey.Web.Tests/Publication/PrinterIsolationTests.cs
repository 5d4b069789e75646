using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>A staff text that points at an internal server or at /dev/zero: the export works and reaches nothing.</summary>
[Collection(PublicationCollection.Name)]
public class PrinterIsolationTests(PublicationFixture publication)
{
    [Fact]
    public async Task A_narrative_text_with_images_of_a_local_server_and_dev_zero_is_exported_without_any_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var year = await OpenYearAsync();
        await SaveIntroductionAsync(year, $"""
            Inleiding met ![kaart](http://127.0.0.1:{port}/metadata) en ![](file:///dev/zero), een
            [link](http://127.0.0.1:{port}/link) en een [script](javascript:fetch('http://127.0.0.1:{port}/js')).
            """);
        var stopwatch = Stopwatch.StartNew();

        var pdf = await publication.ExportAsync(year, PublicationOptions.Default);

        System.Text.Encoding.ASCII.GetString(pdf.Content, 0, 5).Should().Be("%PDF-");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        listener.Pending().Should().BeFalse("no request left the printer");
        PdfText.Compact(string.Join(' ', PdfText.Pages(pdf.Content))).Should().Contain(PdfText.Compact("Inleiding met kaart en , een link en een script."));
    }

    [Fact]
    public async Task The_publication_html_carries_its_own_content_security_policy()
    {
        System.Net.WebUtility.HtmlDecode(publication.Html2024).Should().Contain($"<meta http-equiv=\"Content-Security-Policy\" content=\"{PrinterHardening.ContentSecurityPolicy}\"");
        await Task.CompletedTask;
    }

    private async Task<int> OpenYearAsync()
    {
        await using var db = publication.Factory.Database.CreateDbContext();
        return await db.Editions.Where(e => e.Status == EditionStatus.Open).Select(e => e.Year).MaxAsync();
    }

    private async Task SaveIntroductionAsync(int year, string markdown)
    {
        using var scope = publication.Factory.Services.CreateScope();
        await using var db = publication.Factory.Database.CreateDbContext();
        var version = await db.EditionTexts.Where(t => t.Key == DefaultEditionTexts.Introduction && db.Editions.Any(e => e.Id == t.EditionId && e.Year == year))
            .Select(t => (uint?)t.Version).SingleOrDefaultAsync();
        var (result, _) = await scope.ServiceProvider.GetRequiredService<EditionService>()
            .SaveTextsAsync(NvzhSurvey.Core.Accounts.Actor.System(), year, [new EditionTextChange(DefaultEditionTexts.Introduction, markdown, version)]);
        result.Succeeded.Should().BeTrue(result.Error);
    }
}
