using System.Text;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Exchange.Files;

/// <summary>Issue 16: an empty cell keeps the stored answer unless the import is told that empty cells clear it.</summary>
public class EmptyCellModeTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string File = """
        key;name;status;fte;age_groups.adults;age_groups.youth;age_groups.young_adults;activities.also_mentioned
        zho-01;Herstelhuis Proefstad 1;completed;;;;;
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoDataAsync();
        await new ResponseImporter(Database.CreateFactory(), TimeProvider.System).ImportAsync(2025, SampleBatches.Many(1), "test", dryRun: false);
    }

    private FileImporter Importer() => new(new ResponseImporter(Database.CreateFactory(), TimeProvider.System));

    private Task<List<string>> StoredAsync() => ExecuteDbContextAsync(async db =>
    {
        var response = await db.Responses.Include(r => r.Answers).Include(r => r.FreeTexts).SingleAsync(r => r.Organisation!.Key == "zho-01");
        var questions = await db.Questions.ToDictionaryAsync(q => q.Id, q => q.Key);
        return response.Answers.Select(a => questions[a.QuestionId]).Concat(response.FreeTexts.Select(t => "text:" + t.Text)).ToList();
    });

    [Fact]
    public async Task By_default_empty_cells_keep_the_stored_answers_and_the_preview_says_so()
    {
        var stored = await StoredAsync();
        var before = await ExecuteDbContextAsync(RowCounts.CountAsync);

        var preview = await Importer().PreviewAsync(2025, "antwoorden.csv", Encoding.UTF8.GetBytes(File), "test");

        preview.EmptyCells.Should().Be(EmptyCells.Keep);
        preview.CanImport.Should().BeTrue();
        preview.NothingChanges.Should().BeTrue();
        preview.Rows.Single().Changes.Should().BeEmpty();
        (await Importer().ImportAsync(preview, "test")).Should().BeOfType<ImportOutcome.Imported>().Which.Summary.NothingChanged.Should().BeTrue();
        (await StoredAsync()).Should().BeEquivalentTo(stored);
        (await ExecuteDbContextAsync(RowCounts.CountAsync)).Should().Be(before);
    }

    [Fact]
    public async Task When_chosen_empty_cells_clear_the_answers_and_the_preview_lists_each_cleared_value()
    {
        var labels = await ExecuteDbContextAsync(db => db.Questions.Where(q => q.Section!.Edition!.Year == 2025 && (q.Key == "fte" || q.Key == "age_groups" || q.Key == "activities"))
            .Include(q => q.Options).Include(q => q.TextLists).ToDictionaryAsync(q => q.Key));
        string Option(string key) => labels["age_groups"].Options.Single(o => o.Key == key).Label;

        var preview = await Importer().PreviewAsync(2025, "antwoorden.csv", Encoding.UTF8.GetBytes(File), "test", EmptyCells.Clear);

        preview.EmptyCells.Should().Be(EmptyCells.Clear);
        preview.CanImport.Should().BeTrue();
        preview.Rows.Single().Changes.Should().BeEquivalentTo(new[]
        {
            new AnswerChange(labels["fte"].Label, "8,75", null),
            new AnswerChange(labels["age_groups"].Label, $"{Option("adults")}, {Option("young_adults")}", null),
            new AnswerChange($"{labels["activities"].Label}: {labels["activities"].TextLists.Single(t => t.Key == "also_mentioned").Title}", "Kledingruil", null),
        });
        var imported = (await Importer().ImportAsync(preview, "test")).Should().BeOfType<ImportOutcome.Imported>().Subject;
        imported.Summary.Organisations.Single().Changes.Should().Equal(preview.Rows.Single().Changes);
        (await StoredAsync()).Should().NotContain(["fte", "age_groups", "text:Kledingruil"])
            .And.Contain(["revenue", "legal_form", "text:Aanbod in bibliotheken"], "columns that are not in the file are left alone");
    }
}
