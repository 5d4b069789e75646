using System.Text;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Exchange;

/// <summary>
/// One changed value of each kind (choice, number, text, text list, detail, counted locations): the dry run (the
/// preview), the import result and the file preview list exactly that one change, with the question label and the
/// old and new value as people read them, and they agree.
/// </summary>
public class ChangeListTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const int Year = 2025;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(AddTextQuestionAsync);
        (await ImportAsync(Batch(), dryRun: false)).Should().BeOfType<ImportOutcome.Imported>();
    }

    /// <summary>The seeded questionnaire has no open text question; the test edition gets one.</summary>
    private static async Task AddTextQuestionAsync(NvzhSurvey.Core.Data.SurveyDbContext db)
    {
        var section = await db.Sections.Where(s => s.Edition!.Year == Year).OrderBy(s => s.Order).LastAsync();
        db.Questions.Add(new Question { SectionId = section.Id, Key = "remarks", Label = "Opmerkingen", Kind = QuestionKind.Text, Order = 999, IsRequired = false });
        await db.SaveChangesAsync();
    }

    private static ResponseBatch Batch(Action<OrganisationRecord>? change = null) => SampleBatches.Many(1, (_, o) =>
    {
        o.Response!.Answers!["remarks"] = SampleBatches.Value("\"Eerste opmerking\"");
        change?.Invoke(o);
    });

    private ResponseImporter Importer() => new(Database.CreateFactory(), TimeProvider.System);

    private Task<ImportOutcome> ImportAsync(ResponseBatch batch, bool dryRun) => Importer().ImportAsync(Year, batch, "test", dryRun);

    private Task<string> LabelAsync(string question) =>
        ExecuteDbContextAsync(db => db.Questions.Where(q => q.Key == question && q.Section!.Edition!.Year == Year).Select(q => q.Label).SingleAsync());

    private Task<string> OptionAsync(string question, string option) =>
        ExecuteDbContextAsync(db => db.QuestionOptions.Where(o => o.Key == option && o.Question!.Key == question && o.Question.Section!.Edition!.Year == Year).Select(o => o.Label).SingleAsync());

    private async Task<(string Field, string? Old, string? New, Action<OrganisationRecord> Change)> KindAsync(string kind) => kind switch
    {
        "choice" => (await LabelAsync("legal_form"), await OptionAsync("legal_form", "independent"), await OptionAsync("legal_form", "part_of"),
            o => o.Response!.Answers!["legal_form"] = SampleBatches.Value("\"part_of\"")),
        "number" => (await LabelAsync("fte"), "8,75", "9,5", o => o.Response!.Answers!["fte"] = SampleBatches.Value("9.5")),
        "text" => ("Opmerkingen", "Eerste opmerking", "Tweede opmerking", o => o.Response!.Answers!["remarks"] = SampleBatches.Value("\"Tweede opmerking\"")),
        "text list" => ($"{await LabelAsync("activities")}: {await ListTitleAsync("activities", "also_mentioned")}", "Kledingruil", "Kledingruil; Fietsen repareren",
            o => o.Response!.AlsoMentioned!["activities"] = ["Kledingruil", "Fietsen repareren"]),
        "detail" => ($"{await LabelAsync("plans")}: {await OptionAsync("plans", "growth")} ({await DetailsTitleAsync("plans", "growth")})", "Aanbod in bibliotheken", "Aanbod in buurthuizen",
            o => o.Response!.Details!["plans"]["growth"] = ["Aanbod in buurthuizen"]),
        "counted locations" => (AnswerSync.CountedLocationsField, "Herstelhuis Proefstad Noord", null,
            o => o.Locations!.RemoveAt(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private Task<string> ListTitleAsync(string question, string list) =>
        ExecuteDbContextAsync(db => db.Questions.Where(q => q.Key == question && q.Section!.Edition!.Year == Year).SelectMany(q => q.TextLists).Where(t => t.Key == list).Select(t => t.Title).SingleAsync());

    private Task<string?> DetailsTitleAsync(string question, string option) =>
        ExecuteDbContextAsync(db => db.QuestionOptions.Where(o => o.Key == option && o.Question!.Key == question && o.Question.Section!.Edition!.Year == Year).Select(o => o.DetailsTitle).SingleAsync());

    [Theory]
    [InlineData("choice")]
    [InlineData("number")]
    [InlineData("text")]
    [InlineData("text list")]
    [InlineData("detail")]
    [InlineData("counted locations")]
    public async Task One_changed_value_is_listed_alike_by_the_dry_run_and_the_import(string kind)
    {
        var (field, old, @new, change) = await KindAsync(kind);
        var audit = await ExecuteDbContextAsync(db => db.AuditEntries.CountAsync());

        var dryRun = (await ImportAsync(Batch(change), dryRun: true)).Should().BeOfType<ImportOutcome.Imported>().Subject.Summary.Organisations.Single();
        (await ExecuteDbContextAsync(db => db.AuditEntries.CountAsync())).Should().Be(audit, "a dry run writes nothing");
        var imported = (await ImportAsync(Batch(change), dryRun: false)).Should().BeOfType<ImportOutcome.Imported>().Subject.Summary.Organisations.Single();

        dryRun.Changes.Should().Equal(new AnswerChange(field, old, @new));
        imported.Changes.Should().Equal(dryRun.Changes);
        imported.UnchangedValues.Should().Be(dryRun.UnchangedValues).And.BeGreaterThan(10);
        imported.Response.Should().Be(ImportAction.Updated);
        (await ExecuteDbContextAsync(db => db.AuditEntries.CountAsync())).Should().BeGreaterThan(audit, "the change is in the audit trail");
        var again = (await ImportAsync(Batch(change), dryRun: false)).Should().BeOfType<ImportOutcome.Imported>().Subject.Summary;
        again.NothingChanged.Should().BeTrue("the same change a second time is no change");
    }

    [Theory]
    [InlineData("choice", "legal_form", "part_of")]
    [InlineData("number", "fte", "9,5")]
    [InlineData("text", "remarks", "Tweede opmerking")]
    [InlineData("text list", "activities.also_mentioned", "Kledingruil\nFietsen repareren")]
    [InlineData("detail", "plans.growth.details", "Aanbod in buurthuizen")]
    public async Task One_changed_cell_is_listed_alike_by_the_file_preview_and_the_import(string kind, string column, string value)
    {
        var (field, old, @new, _) = await KindAsync(kind);
        var exported = Encoding.UTF8.GetString(ResponseCsv.Write((await new ResponseExporter(Database.CreateFactory()).ExportAsync(Year))!)).Split("\r\n");
        var keys = exported[1].Split(';').ToList();
        var row = exported.Single(l => l.StartsWith("zho-01;", StringComparison.Ordinal));
        var cells = CsvCells(row);
        cells[keys.IndexOf(column)] = "\"" + value + "\"";
        var file = Encoding.UTF8.GetBytes(string.Join("\r\n", exported[0], exported[1], string.Join(";", cells)));
        var files = new FileImporter(Importer());

        var preview = await files.PreviewAsync(Year, "antwoorden.csv", file, "test");

        preview.ProblemCount.Should().Be(0, string.Join("; ", preview.Rows.SelectMany(r => r.Problems).Select(p => p.Message)));
        var previewRow = preview.Rows.Single();
        previewRow.Changes.Should().Equal(new AnswerChange(field, old, @new));
        var imported = (await files.ImportAsync(preview, "test")).Should().BeOfType<ImportOutcome.Imported>().Subject.Summary.Organisations.Single();
        imported.Changes.Should().Equal(previewRow.Changes);
        imported.UnchangedValues.Should().Be(previewRow.UnchangedValues);
    }

    /// <summary>Splits a CSV line on semicolons outside quotes (the exported cells keep their quotes).</summary>
    private static List<string> CsvCells(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ';' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }
}
