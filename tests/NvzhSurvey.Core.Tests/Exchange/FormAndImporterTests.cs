using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Tests.Interviews;

namespace NvzhSurvey.Core.Tests.Exchange;

/// <summary>
/// Issue 16, "one way to apply answers": the interview form's writer and the importer, given the same answers for
/// two organisations alike, write the same rows (answers, texts, counted locations) and the same audit entries.
/// </summary>
public class FormAndImporterTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const int Year = 2025;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(async db =>
        {
            db.Organisations.AddRange(Organisation("via-formulier"), Organisation("via-import"));
            await db.SaveChangesAsync();
        });
    }

    private static Organisation Organisation(string key) => new()
    {
        Key = key,
        Name = "Stichting " + key,
        City = "Lindehoven",
        Locations =
        [
            new Location { Name = "Huiskamer Noord", City = "Lindehoven", Province = Province.Utrecht },
            new Location { Name = "Inloop Zuid", City = "Zuiderwold", Province = Province.Gelderland },
            new Location { Name = "Oude locatie", City = "Lindehoven", IsActive = false, ClosedOn = new DateOnly(2023, 1, 1) },
        ],
    };

    [Fact]
    public async Task The_form_and_the_importer_write_the_same_rows_and_audit_entries_for_the_same_answers()
    {
        var form = (await new InterviewLoader(Database.CreateFactory()).LoadAsync(new EditionYear(Year), await IdAsync("via-formulier")))!;
        int Question(string key) => form.Questions.Single(q => q.Key == key).Id;
        int Option(string question, string key) => form.Questions.Single(q => q.Key == question).Options.Single(o => o.Key == key).Id;
        var staff = new InterviewTestData.Staff();
        var writer = new InterviewWriter(Database.CreateFactory(staff), staff, TimeProvider.System);
        var noStrings = new Dictionary<string, IReadOnlyList<string>>();

        var saved = await writer.SaveAsync(Actor.System(), form.EditionId, await IdAsync("via-formulier"), new InterviewChanges(null)
        {
            Answers =
            [
                QuestionAnswer.Options(Question("target_group"), Option("target_group", "broad")) with
                {
                    ListTexts = new Dictionary<string, IReadOnlyList<string>> { ["also_mentioned"] = ["Dak- en thuislozen", "Jongeren"] },
                },
                QuestionAnswer.Options(Question("age_groups"), Option("age_groups", "adults"), Option("age_groups", "youth")),
                QuestionAnswer.Options(Question("funding_sources")) with { NoneOfThese = true },
                QuestionAnswer.Options(Question("plans"), Option("plans", "growth")) with
                {
                    DetailTexts = new Dictionary<int, IReadOnlyList<string>> { [Option("plans", "growth")] = ["Aanbod in bibliotheken"] },
                },
                QuestionAnswer.Number(Question("fte"), "9,62"),
                QuestionAnswer.Number(Question("revenue"), "938.528"),
                QuestionAnswer.Number(Question("founded_year"), "2012"),
            ],
        });
        saved.Outcome.Should().Be(SaveOutcome.Saved);
        saved.Errors.Should().BeEmpty();

        var imported = await new ResponseImporter(Database.CreateFactory(staff), TimeProvider.System).ImportAsync(Year, SampleBatches.Parse("""
            { "organisations": [ { "key": "via-import", "name": "Stichting via-import", "city": "Lindehoven",
                "response": { "status": "draft",
                  "answers": { "target_group": "broad", "age_groups": ["adults", "youth"], "funding_sources": [], "plans": ["growth"],
                               "fte": 9.62, "revenue": 938528, "founded_year": 2012 },
                  "alsoMentioned": { "target_group": ["Dak- en thuislozen", "Jongeren"] },
                  "details": { "plans": { "growth": ["Aanbod in bibliotheken"] } } } } ] }
            """), staff.UserName!, dryRun: false);
        imported.Should().BeOfType<ImportOutcome.Imported>().Which.Summary.ResponsesCreated.Should().Be(1);

        var viaForm = await ExecuteDbContextAsync(db => RowsAsync(db, "via-formulier"));
        var viaImport = await ExecuteDbContextAsync(db => RowsAsync(db, "via-import"));
        viaForm.Answers.Should().HaveCount(8, "broad, two age groups, 'geen van deze', growth and three numbers");
        viaForm.Texts.Should().HaveCount(3);
        viaForm.Locations.Should().Equal("Huiskamer Noord, Lindehoven, Utrecht", "Inloop Zuid, Zuiderwold, Gelderland");
        viaImport.Answers.Should().Equal(viaForm.Answers);
        viaImport.Texts.Should().Equal(viaForm.Texts);
        viaImport.Locations.Should().Equal(viaForm.Locations);
        viaForm.Audit.Should().HaveCount(1 + 8 + 3 + 2, "the new response, each answer, each text and each counted location");
        viaImport.Audit.Should().Equal(viaForm.Audit);
    }

    private Task<int> IdAsync(string key) => ExecuteDbContextAsync(db => db.Organisations.Where(o => o.Key == key).Select(o => o.Id).SingleAsync());

    private sealed record Rows(List<string> Answers, List<string> Texts, List<string> Locations, List<string> Audit);

    /// <summary>The rows of one organisation's 2025 response, without ids, so two organisations can be compared.</summary>
    private static async Task<Rows> RowsAsync(SurveyDbContext db, string key)
    {
        var response = await db.Responses.Include(r => r.Answers).Include(r => r.FreeTexts).Include(r => r.Locations)
            .SingleAsync(r => r.Organisation!.Key == key && r.Edition!.Year == Year);
        var questions = await db.Questions.Where(q => q.Section!.Edition!.Year == Year).ToDictionaryAsync(q => q.Id, q => q.Key);
        var options = await db.QuestionOptions.Where(o => o.Question!.Section!.Edition!.Year == Year).ToDictionaryAsync(o => o.Id, o => o.Key);
        var answers = response.Answers
            .Select(a => $"{questions[a.QuestionId]} {(a.OptionId is { } o ? options[o] : "")} {a.IsNoneOfThese} {a.NumberValue:0.##} {a.TextValue}")
            .Order(StringComparer.Ordinal).ToList();
        var texts = response.FreeTexts
            .Select(t => $"{questions[t.QuestionId]} {(t.OptionId is { } o ? options[o] : "")} {t.ListKey} {t.Order} {t.Text} {t.HiddenFromPublication}")
            .Order(StringComparer.Ordinal).ToList();
        var locations = response.Locations.OrderBy(l => l.Name)
            .Select(l => $"{l.Name}, {l.City}, {l.Province?.DisplayName()}").ToList();
        var audit = await db.AuditEntries.Where(a => a.ResponseId == response.Id)
            .Select(a => $"{a.EntityType} {a.Action} {a.Field}: {a.OldValue} → {a.NewValue} ({a.UserName})")
            .ToListAsync();
        return new Rows(answers, texts, locations, audit.Order(StringComparer.Ordinal).ToList());
    }
}
