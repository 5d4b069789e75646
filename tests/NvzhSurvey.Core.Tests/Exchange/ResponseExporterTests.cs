using System.Text.Json;
using NvzhSurvey.Core.Exchange;

namespace NvzhSurvey.Core.Tests.Exchange;

public class ResponseExporterTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoDataAsync();
    }

    private ResponseExporter Exporter() => new(Database.CreateFactory());

    [Fact]
    public async Task The_export_has_the_import_shape_with_numbers_as_JSON_numbers()
    {
        var exported = await Exporter().ExportAsync(2024);

        var organisations = exported!.Batch.Organisations!;
        organisations.Should().HaveCount(25);
        organisations.Select(o => o.Key).Should().BeInAscendingOrder();
        var first = organisations[0].Response!;
        first.Status.Should().Be("completed");
        first.Answers!["fte"].ValueKind.Should().Be(JsonValueKind.Number);
        first.Answers["revenue"].GetRawText().Should().NotContain(".", "whole euros are written without decimals");
        first.Answers["target_group"].ValueKind.Should().Be(JsonValueKind.String);
        organisations.Sum(o => o.Locations!.Count).Should().Be(118);
    }

    [Fact]
    public async Task An_unknown_edition_exports_nothing()
    {
        (await Exporter().ExportAsync(1999)).Should().BeNull();
    }

    [Fact]
    public async Task Export_then_import_round_trips()
    {
        var exported2024 = await Exporter().ExportAsync(2024);
        var importer = new ResponseImporter(Database.CreateFactory(), TimeProvider.System);

        var outcome = await importer.ImportAsync(2025, exported2024!.Batch, "test");

        outcome.Should().BeOfType<ImportOutcome.Imported>().Which.Summary.ResponsesCreated.Should().Be(25);
        var exported2025 = await Exporter().ExportAsync(2025);
        Serialize(exported2025!.Batch).Should().Be(Serialize(exported2024.Batch));
        var again = await importer.ImportAsync(2025, exported2025.Batch, "test");
        again.Should().BeOfType<ImportOutcome.Imported>().Which.Summary.Unchanged.Should().Be(25);
    }

    private static string Serialize(ResponseBatch batch) => JsonSerializer.Serialize(batch, SampleBatches.Json);
}
