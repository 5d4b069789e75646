using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>Reproducibility: a published edition's PDF is made again byte for byte, whatever changed since.</summary>
public sealed class PublicationSnapshotPdfTests : IAsyncLifetime
{
    private readonly SurveyAppFactory _factory = new() { Settings = { ["Publication:ChromiumPath"] = PublicationFixture.ChromiumPath } };

    public Task InitializeAsync() => _factory.StartAsync("nvzh_pub_snap");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_live_export_is_kept_by_its_input_and_a_new_print_of_the_same_data_differs_only_in_its_dates()
    {
        var first = await ExportAsync(2025);
        await Task.Delay(1100); // Chromium dates to the second
        var again = await ExportAsync(2025);
        byte[] reprinted;
        using (var scope = _factory.Services.CreateScope())
        {
            var html = await scope.ServiceProvider.GetRequiredService<PublicationPdfExporter>().RenderHtmlAsync(first.Source.Input);
            reprinted = await scope.ServiceProvider.GetRequiredService<PublicationPrinter>().PrintAsync(html);
        }

        first.Source.IsSnapshot.Should().BeFalse();
        again.Content.Should().Equal(first.Content, "the same input is served from the PDF cache, not printed again");
        var epoch = DateTimeOffset.UnixEpoch;
        PdfDates.SetCreationAndModificationDate(reprinted, epoch).Should()
            .Equal(PdfDates.SetCreationAndModificationDate(first.Content, epoch), "only /CreationDate and /ModDate differ");
        reprinted.Should().NotEqual(first.Content, "the dates are the moment of printing");
        PdfText.Pages(first.Content).Should().OnlyContain(page => page.Contains("CONCEPT"), "an unpublished edition is marked on every page");
    }

    [Fact]
    public async Task A_published_edition_gives_the_same_pdf_byte_for_byte_after_answers_and_profiles_change()
    {
        // The demo data published 2024 with its snapshot.
        var atPublication = await ExportAsync();
        await ChangeDataAsync();
        var afterChanges = await ExportAsync();

        // Both files stay in artifacts/publication to compare when this test fails.
        await File.WriteAllBytesAsync(Path.Combine(PublicationFixture.ArtifactsDirectory, "snapshot-export-1.pdf"), atPublication.Content);
        await File.WriteAllBytesAsync(Path.Combine(PublicationFixture.ArtifactsDirectory, "snapshot-export-2.pdf"), afterChanges.Content);
        atPublication.Source.IsSnapshot.Should().BeTrue();
        afterChanges.Content.Should().Equal(atPublication.Content, "a snapshot's PDF is dated by the snapshot, so it is identical");
        var text = PdfText.Compact(string.Join(' ', PdfText.Pages(afterChanges.Content)));
        text.Should().Contain(PdfText.Compact("Gemeente: 22 ZHO's (88%)")).And.NotContain("Hernoemd").And.NotContain("CONCEPT");
        await PublicationFixture.SaveArtifactsAsync("publicatie-2024-gepubliceerd", afterChanges.Content);
    }

    [Fact]
    public async Task The_texts_of_a_published_edition_are_read_only()
    {
        var client = await _factory.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);
        var published = await client.GetStringAsync("/edities/2024/teksten");
        var open = await client.GetStringAsync("/edities/2025/teksten");

        published.Should().Contain("Editie 2024 is gepubliceerd").And.Contain("readonly");
        open.Should().NotContain("is gepubliceerd").And.Contain("Opslaan");
    }

    private async Task ChangeDataAsync()
    {
        using var scope = _factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SurveyDbContext>>().CreateDbContextAsync();
        var funding = await db.Questions.Include(q => q.Options).SingleAsync(q => q.Key == "funding_sources" && q.Section!.Edition!.Year == 2024);
        var municipality = funding.Options.Single(o => o.Key == "municipality");
        db.Answers.RemoveRange(await db.Answers.Where(a => a.OptionId == municipality.Id).Take(3).ToListAsync());
        foreach (var organisation in await db.Organisations.Where(o => o.ConsentToBeNamed).Take(2).ToListAsync())
        {
            organisation.Name = "Hernoemd " + organisation.Id;
        }

        await db.SaveChangesAsync();
    }

    private async Task<PublicationPdf> ExportAsync(int year = 2024)
    {
        using var scope = _factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<PublicationPdfExporter>().ExportAsync(year, PublicationOptions.Default))!;
    }
}
