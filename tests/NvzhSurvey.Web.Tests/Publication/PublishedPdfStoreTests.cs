using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>A published edition serves its stored bytes: printed once, then the same file after a restart, without the printer.</summary>
public sealed class PublishedPdfStoreTests : IAsyncLifetime
{
    private readonly SurveyAppFactory _factory = new() { Settings = { ["Publication:ChromiumPath"] = PublicationFixture.ChromiumPath } };

    public Task InitializeAsync() => _factory.StartAsync("nvzh_pub_store");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_published_editions_pdf_is_stored_on_its_first_print_and_served_byte_identical_after_a_restart_without_printing()
    {
        // The demo data published 2024 with its snapshot; nothing is printed or stored yet.
        (await StoredAsync()).Should().BeEmpty();

        var first = await ExportAsync(_factory);

        first.Source.IsSnapshot.Should().BeTrue();
        var stored = await StoredAsync();
        stored.Should().ContainSingle().Which.Content.Should().Equal(first.Content);
        stored[0].SnapshotId.Should().Be(first.Source.Snapshot!.Id);

        // A restart: a new app on the same database (empty memory cache) whose printer cannot start, so a print would fail.
        await using var restarted = new SurveyAppFactory
        {
            SeedDemoData = false,
            Settings =
            {
                ["ConnectionStrings:Survey"] = _factory.Database.ConnectionString,
                ["Publication:ChromiumPath"] = "/nonexistent/chromium-for-this-test",
            },
        };
        await restarted.StartAsync("nvzh_pub_store_restart");

        var afterRestart = await ExportAsync(restarted);

        afterRestart.Content.Should().Equal(first.Content, "the stored bytes are served, not a new print");
        (await StoredAsync()).Should().ContainSingle("a served PDF is not stored again");
    }

    [Fact]
    public async Task An_unpublished_edition_is_not_stored()
    {
        var live = await ExportAsync(_factory, 2025);

        live.Source.IsSnapshot.Should().BeFalse();
        (await StoredAsync()).Should().BeEmpty();
    }

    private static async Task<PublicationPdf> ExportAsync(SurveyAppFactory factory, int year = 2024)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PublicationPdfExporter>().ExportAsync(year, PublicationOptions.Default)
            ?? throw new InvalidOperationException($"No edition {year}.");
    }

    private async Task<List<PublishedPdf>> StoredAsync()
    {
        using var scope = _factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SurveyDbContext>>().CreateDbContextAsync();
        return await db.Set<PublishedPdf>().AsNoTracking().ToListAsync();
    }
}
