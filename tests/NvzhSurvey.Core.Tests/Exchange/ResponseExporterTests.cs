using System.Text.Json;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task A_retired_option_is_left_out_of_the_export_and_its_answers_survive_a_round_trip()
    {
        var importer = new ResponseImporter(Database.CreateFactory(), TimeProvider.System);
        await importer.ImportAsync(2025, (await Exporter().ExportAsync(2024))!.Batch, "test");
        await ExecuteDbContextAsync(db => db.QuestionOptions
            .Where(o => o.Key == "adults" && o.Question!.Section!.Edition!.Year == 2025)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsRetired, true)));
        var before = await ExecuteDbContextAsync(RowCounts.CountAsync);

        var exported = (await Exporter().ExportAsync(2025))!;
        var outcome = await importer.ImportAsync(2025, exported.Batch, "test");

        exported.Batch.Organisations!.SelectMany(o => o.Response!.Answers!.TryGetValue("age_groups", out var a) ? a.EnumerateArray().Select(x => x.GetString()) : [])
            .Should().NotContain("adults");
        outcome.Should().BeOfType<ImportOutcome.Imported>().Which.Summary.Unchanged.Should().Be(25);
        (await ExecuteDbContextAsync(RowCounts.CountAsync)).Should().Be(before);
    }

    private static string Serialize(ResponseBatch batch) => JsonSerializer.Serialize(batch, SampleBatches.Json);
}
