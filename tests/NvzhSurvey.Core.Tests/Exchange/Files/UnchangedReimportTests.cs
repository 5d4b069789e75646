using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;

namespace NvzhSurvey.Core.Tests.Exchange.Files;

/// <summary>Issue 16: re-importing an unchanged export says "geen wijzigingen" and writes nothing, not even an audit row.</summary>
public class UnchangedReimportTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoDataAsync();
    }

    private ResponseExporter Exporter() => new(Database.CreateFactory());

    private FileImporter Importer() => new(new ResponseImporter(Database.CreateFactory(), TimeProvider.System));

    private static byte[] Write(string format, ExportedEdition batch) => format == "csv" ? ResponseCsv.Write(batch) : ResponseExcel.Write(batch);

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task An_unchanged_export_imported_again_changes_nothing_and_writes_no_audit_row(string format)
    {
        // 2024 is published; its answers are taken into the open 2025 so that there is an export to re-import.
        var first = await Importer().PreviewAsync(2025, $"antwoorden.{format}", Write(format, (await Exporter().ExportAsync(2024))!), "test");
        (await Importer().ImportAsync(first, "test")).Should().BeOfType<ImportOutcome.Imported>();
        var file = Write(format, (await Exporter().ExportAsync(2025))!);
        var before = await ExecuteDbContextAsync(RowCounts.CountAsync);
        var versions = await ExecuteDbContextAsync(db => db.Responses.Select(r => new { r.Id, r.Version, r.LastChangedAt }).ToListAsync());

        var preview = await Importer().PreviewAsync(2025, $"antwoorden.{format}", file, "test");

        preview.ProblemCount.Should().Be(0);
        preview.NothingChanges.Should().BeTrue("the page says \"geen wijzigingen\"");
        preview.Rows.Should().HaveCount(25).And.OnlyContain(r => r.Organisation == ImportAction.Unchanged && r.Response == ImportAction.Unchanged && r.Changes.Count == 0);
        preview.Rows.Should().OnlyContain(r => r.UnchangedValues > 0, "the preview counts the values that stay the same");

        var outcome = await Importer().ImportAsync(preview, "test");

        var summary = outcome.Should().BeOfType<ImportOutcome.Imported>().Subject.Summary;
        summary.NothingChanged.Should().BeTrue();
        summary.Organisations.Sum(o => o.ChangedValues).Should().Be(0);
        (await ExecuteDbContextAsync(RowCounts.CountAsync)).Should().Be(before, "no row and no audit entry is written");
        (await ExecuteDbContextAsync(db => db.Responses.Select(r => new { r.Id, r.Version, r.LastChangedAt }).ToListAsync()))
            .Should().BeEquivalentTo(versions, "not even a row version changes");
    }
}
