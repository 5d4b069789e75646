using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Exchange;

public class ResponseImporterTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const int OpenYear = 2025;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoDataAsync();
    }

    private ResponseImporter Importer() => new(Database.CreateFactory(), TimeProvider.System);

    private Task<ImportOutcome> ImportAsync(ResponseBatch batch, int year = OpenYear, bool dryRun = false) =>
        Importer().ImportAsync(year, batch, "test", dryRun);

    private Task<RowCounts> CountAsync() => ExecuteDbContextAsync(RowCounts.CountAsync);

    [Fact]
    public async Task The_example_of_the_issue_creates_the_organisation_its_locations_and_its_answers()
    {
        var outcome = await ImportAsync(SampleBatches.Parse(SampleBatches.Example));

        var imported = outcome.Should().BeOfType<ImportOutcome.Imported>().Subject;
        imported.Summary.OrganisationsCreated.Should().Be(1);
        imported.Summary.ResponsesCreated.Should().Be(1);
        await using var db = CreateDbContext();
        var organisation = await db.Organisations.Include(o => o.Locations).SingleAsync(o => o.Key == "zho-07");
        organisation.Name.Should().Be("Herstelhuis Proefstad");
        organisation.Locations.Select(l => l.Province).Should().BeEquivalentTo([Province.Utrecht, Province.NoordHolland]);
        var response = await db.Responses.Include(r => r.Answers).Include(r => r.FreeTexts).Include(r => r.Locations)
            .SingleAsync(r => r.OrganisationId == organisation.Id && r.Edition!.Year == OpenYear);
        response.Status.Should().Be(ResponseStatus.Completed);
        response.CompletedAt.Should().NotBeNull();
        response.Locations.Should().HaveCount(2);
        response.Answers.Should().HaveCount(11, "2 age groups, 2 funding sources and 7 single values");
        var fte = await db.Questions.SingleAsync(q => q.Key == "fte" && q.Section!.Edition!.Year == OpenYear);
        response.Answers.Single(a => a.QuestionId == fte.Id).NumberValue.Should().Be(8.75m);
        response.FreeTexts.Select(t => t.Text).Should().BeEquivalentTo(["Kledingruil", "Aanbod in bibliotheken"]);
        response.FreeTexts.Single(t => t.Text == "Kledingruil").ListKey.Should().Be("also_mentioned");
        response.FreeTexts.Single(t => t.Text == "Aanbod in bibliotheken").OptionId.Should().NotBeNull();
    }

    [Fact]
    public async Task The_result_lists_each_changed_value_with_its_old_and_new_value()
    {
        await ImportAsync(SampleBatches.Many(1));

        var outcome = await ImportAsync(SampleBatches.Many(1, (_, o) =>
        {
            o.Response!.Answers!["fte"] = SampleBatches.Value("9.5");
            o.Response.Answers["age_groups"] = SampleBatches.Value("""["adults"]""");
            o.Response.AlsoMentioned!["activities"] = ["Kledingruil", "Fietsen repareren"];
        }));

        var organisation = outcome.Should().BeOfType<ImportOutcome.Imported>().Subject.Summary.Organisations.Single();
        organisation.Changes.Select(c => (c.OldValue, c.NewValue)).Should().BeEquivalentTo(new (string?, string?)[]
        {
            ("8,75", "9,5"),
            ("Volwassenen (vanaf 18 jaar), Jong-volwassen middels specifiek aanbod (16-27 jaar)", "Volwassenen (vanaf 18 jaar)"),
            ("Kledingruil", "Kledingruil; Fietsen repareren"),
        });
        organisation.UnchangedValues.Should().BeGreaterThan(5);
    }

    [Fact]
    public async Task Importing_the_same_batch_twice_changes_nothing_the_second_time()
    {
        await ImportAsync(SampleBatches.Many(3));
        var before = await CountAsync();
        var versions = await ExecuteDbContextAsync(db => db.Responses.Select(r => new { r.Id, r.Version, r.LastChangedAt }).ToListAsync());

        var outcome = await ImportAsync(SampleBatches.Many(3));

        outcome.Should().BeOfType<ImportOutcome.Imported>().Which.Summary.Unchanged.Should().Be(3);
        (await CountAsync()).Should().Be(before, "no rows and no audit entries are written the second time");
        (await ExecuteDbContextAsync(db => db.Responses.Select(r => new { r.Id, r.Version, r.LastChangedAt }).ToListAsync()))
            .Should().BeEquivalentTo(versions, "not even the row versions change");
    }

    [Fact]
    public async Task A_changed_batch_writes_only_the_values_that_differ_with_an_audit_row_each()
    {
        await ImportAsync(SampleBatches.Many(2));
        var before = await CountAsync();

        var outcome = await ImportAsync(SampleBatches.Many(2, (i, o) =>
        {
            if (i == 1)
            {
                o.Response!.Answers!["fte"] = SampleBatches.Value("9.5");
                o.Response.Answers["age_groups"] = SampleBatches.Value("""["adults"]""");
            }
        }));

        var summary = outcome.Should().BeOfType<ImportOutcome.Imported>().Subject.Summary;
        summary.Organisations.Select(o => (o.Key, o.Response, o.ChangedValues))
            .Should().Equal(("zho-01", ImportAction.Unchanged, 0), ("zho-02", ImportAction.Updated, 2));
        var after = await CountAsync();
        after.Answers.Should().Be(before.Answers - 1);
        after.AuditEntries.Should().Be(before.AuditEntries + 2, "one audit row for the new FTE, one for the removed age group");
        var audit = await ExecuteDbContextAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).Take(2).ToListAsync());
        audit.Should().Contain(a => a.Field == "fte" && a.OldValue == "8.75" && a.NewValue == "9.5");
    }

    [Fact]
    public async Task A_known_organisation_is_updated_not_duplicated()
    {
        var batch = SampleBatches.Parse(SampleBatches.Example);
        batch.Organisations![0].Key = "demo-01";
        batch.Organisations[0].Name = "Nieuwe naam";
        batch.Organisations[0].Locations = null;
        var before = await CountAsync();

        var outcome = await ImportAsync(batch);

        var result = outcome.Should().BeOfType<ImportOutcome.Imported>().Subject.Summary.Organisations.Single();
        (result.Organisation, result.Response).Should().Be((ImportAction.Updated, ImportAction.Created));
        var after = await CountAsync();
        after.Organisations.Should().Be(before.Organisations);
        after.Responses.Should().Be(before.Responses + 1);
        var locations = await ExecuteDbContextAsync(db => db.Locations.CountAsync(l => l.Organisation!.Key == "demo-01"));
        after.ResponseLocations.Should().Be(before.ResponseLocations + locations, "a new response counts the organisation's active locations");
        (await ExecuteDbContextAsync(db => db.Organisations.SingleAsync(o => o.Key == "demo-01"))).Name.Should().Be("Nieuwe naam");
    }

    [Fact]
    public async Task Every_problem_is_reported_with_its_path_and_nothing_is_written()
    {
        var batch = SampleBatches.Many(5, (i, o) =>
        {
            var answers = o.Response!.Answers!;
            switch (i)
            {
                case 0:
                    answers["unknown_question"] = SampleBatches.Value("1");
                    answers["age_groups"] = SampleBatches.Value("""["adults", "pensioners"]""");
                    break;
                case 1:
                    answers["fte"] = SampleBatches.Value("\"8,75\"");
                    answers["revenue"] = SampleBatches.Value("-5");
                    break;
                case 2:
                    answers["fte"] = SampleBatches.Value("1e9");
                    answers["legal_form"] = SampleBatches.Value("""["independent"]""");
                    o.Locations![0].Province = "Atlantis";
                    o.Response.Status = "klaar";
                    break;
                case 3:
                    answers["fte"] = SampleBatches.Value("-1");
                    o.Response.Details!["plans"]["nonsense"] = ["x"];
                    o.Response.AlsoMentioned!["legal_form"] = ["y"];
                    o.Response.TextLists = new()
                    {
                        ["other_offer"] = new() { ["trainers"] = ["z"], ["also_mentioned"] = ["w"] },
                    };
                    break;
                case 4:
                    o.Key = "zho-02";
                    o.Name = " ";
                    break;
            }
        });
        var before = await CountAsync();

        var outcome = await ImportAsync(batch);

        var errors = outcome.Should().BeOfType<ImportOutcome.Invalid>().Subject.Errors.Select(e => e.ToString());
        errors.Should().BeEquivalentTo(
        [
            "organisations[0].response.answers.unknown_question: onbekende vraag 'unknown_question' in de vragenlijst van 2025",
            "organisations[0].response.answers.age_groups[1]: onbekende optie 'pensioners' bij vraag 'age_groups'; kies uit adults, youth, young_adults",
            "organisations[1].response.answers.fte: verwacht een getal, geen tekst (schrijf 8.75, niet \"8,75\")",
            "organisations[1].response.answers.revenue: moet 0 of meer zijn",
            "organisations[2].response.answers.fte: dit getal is onwaarschijnlijk groot; controleer de invoer",
            "organisations[2].response.answers.legal_form: verwacht één optie als tekst, bijvoorbeeld \"independent\"",
            "organisations[2].locations[0].province: onbekende provincie 'Atlantis'; gebruik bijvoorbeeld 'Utrecht' of 'Noord-Holland'",
            "organisations[2].response.status: onbekende status 'klaar'; kies uit notStarted, draft, submittedByMember, completed",
            "organisations[3].response.answers.fte: moet 0 of meer zijn",
            "organisations[3].response.details.plans.nonsense: onbekende optie 'nonsense' bij vraag 'plans'",
            "organisations[3].response.alsoMentioned.legal_form: de vraag 'legal_form' heeft geen lijst 'verder nog genoemd'",
            "organisations[3].response.textLists.other_offer.trainers: de vraag 'other_offer' heeft geen lijst 'trainers'",
            "organisations[3].response.textLists.other_offer.also_mentioned: zet deze lijst onder 'alsoMentioned'",
            "organisations[4].key: de sleutel 'zho-02' komt al voor bij organisations[1]",
            "organisations[4].name: vul de naam van de organisatie in",
        ]);
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_empty_or_missing_list_of_organisations_is_refused()
    {
        (await ImportAsync(new ResponseBatch())).Should().BeOfType<ImportOutcome.Invalid>()
            .Which.Errors.Single().ToString().Should().Be("organisations: geef een lijst met organisaties");
        (await ImportAsync(new ResponseBatch { Organisations = [] })).Should().BeOfType<ImportOutcome.Invalid>();
    }

    [Fact]
    public async Task An_unknown_edition_is_not_found_and_nothing_is_written()
    {
        var before = await CountAsync();

        (await ImportAsync(SampleBatches.Many(2), year: 2031)).Should().Be(new ImportOutcome.EditionNotFound(2031));

        (await CountAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData(EditionStatus.Closed, "Editie 2024 is gesloten; de antwoorden kunnen niet meer worden gewijzigd.")]
    [InlineData(EditionStatus.Published, "Editie 2024 is gepubliceerd; de antwoorden kunnen niet meer worden gewijzigd.")]
    public async Task A_closed_or_published_edition_refuses_the_import_and_nothing_is_written(EditionStatus status, string message)
    {
        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Year == 2024)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status)));
        var before = await CountAsync();

        var outcome = await ImportAsync(SampleBatches.Many(2), year: 2024);

        outcome.Should().Be(new ImportOutcome.EditionClosed(2024, message));
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_writes_nothing()
    {
        var before = await CountAsync();

        var outcome = await ImportAsync(SampleBatches.Many(4), dryRun: true);

        var imported = outcome.Should().BeOfType<ImportOutcome.Imported>().Subject;
        imported.DryRun.Should().BeTrue();
        imported.Summary.OrganisationsCreated.Should().Be(4);
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Null_clears_a_question_an_empty_list_means_none_of_these_and_left_out_questions_keep_their_answer()
    {
        await ImportAsync(SampleBatches.Many(1));
        var before = await CountAsync();

        await ImportAsync(SampleBatches.Many(1, (_, o) =>
        {
            o.Response!.Answers = new() { ["fte"] = SampleBatches.Value("null"), ["funding_sources"] = SampleBatches.Value("[]") };
            o.Response.AlsoMentioned = new() { ["activities"] = [] };
            o.Response.Details = null;
        }));

        var after = await CountAsync();
        after.Answers.Should().Be(before.Answers - 3 + 1, "FTE is cleared, two funding sources become one 'geen van deze'; the other answers stay");
        (await ExecuteDbContextAsync(db => db.Answers.CountAsync(a => a.OptionId == null && db.Questions.Any(q => q.Id == a.QuestionId && q.Key == "funding_sources")))).Should().Be(1);
        after.FreeTexts.Should().Be(before.FreeTexts - 1, "the also-mentioned list is emptied, the plan details stay");
    }

    [Fact]
    public async Task Concurrent_imports_of_overlapping_batches_create_each_organisation_and_response_once()
    {
        var batches = Enumerable.Range(0, 4).Select(k => SampleBatches.Many(6, (i, o) => o.Name = $"Organisatie {i} uit import {k}")).ToList();

        var outcomes = await Task.WhenAll(batches.Select(b => Task.Run(() => ImportAsync(b))));

        outcomes.Should().AllBeOfType<ImportOutcome.Imported>();
        outcomes.Cast<ImportOutcome.Imported>().Sum(o => o.Summary.OrganisationsCreated).Should().Be(6);
        await using var db = CreateDbContext();
        (await db.Organisations.CountAsync(o => o.Key.StartsWith("zho-"))).Should().Be(6);
        (await db.Responses.CountAsync(r => r.Organisation!.Key.StartsWith("zho-"))).Should().Be(6);
    }

    [Fact]
    public async Task Founding_year_and_legal_form_of_an_open_response_change_the_organisation_and_are_listed()
    {
        await ImportAsync(SampleBatches.Many(1, (_, o) => o.Response!.Status = "draft"));
        var organisation = await ExecuteDbContextAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Key == "zho-01"));
        organisation.FoundedYear.Should().Be(2012, "a new organisation takes the facts of its imported answers");
        organisation.LegalForm.Should().Be(LegalForm.Independent);

        var outcome = await ImportAsync(SampleBatches.Many(1, (_, o) =>
        {
            o.Response!.Status = "draft";
            o.Response.Answers!["founded_year"] = SampleBatches.Value("2010");
            o.Response.Answers["legal_form"] = SampleBatches.Value("\"part_of\"");
        }));

        var imported = outcome.Should().BeOfType<ImportOutcome.Imported>().Subject.Summary.Organisations.Single();
        imported.Organisation.Should().Be(ImportAction.Updated);
        imported.Changes.Select(c => (c.Field, c.OldValue, c.NewValue)).Should().Contain(
            [("Oprichtingsjaar", "2012", "2010"), ("Rechtsvorm", "zelfstandig", "onderdeel van een andere organisatie")]);
        organisation = await ExecuteDbContextAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Key == "zho-01"));
        organisation.FoundedYear.Should().Be(2010);
        organisation.LegalForm.Should().Be(LegalForm.PartOf);
    }

    [Fact]
    public async Task A_completed_response_keeps_its_own_facts_and_fills_only_what_the_organisation_does_not_know()
    {
        await ImportAsync(SampleBatches.Many(1, (_, o) => o.Response!.Status = "draft"));
        await ExecuteDbContextAsync(db => db.Organisations.Where(o => o.Key == "zho-01")
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LegalForm, (LegalForm?)null)));

        await ImportAsync(SampleBatches.Many(1, (_, o) =>
        {
            o.Response!.Status = "completed";
            o.Response.Answers!["founded_year"] = SampleBatches.Value("2001");
        }));

        var organisation = await ExecuteDbContextAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Key == "zho-01"));
        organisation.FoundedYear.Should().Be(2012, "a completed response is a frozen copy: it does not overwrite the profile");
        organisation.LegalForm.Should().Be(LegalForm.Independent, "an empty fact is filled from the answers");
        var answer = await ExecuteDbContextAsync(db => (
            from a in db.Answers
            join q in db.Questions on a.QuestionId equals q.Id
            join r in db.Responses on a.ResponseId equals r.Id
            where q.Key == "founded_year" && r.Organisation!.Key == "zho-01" && r.Edition!.Year == OpenYear
            select a.NumberValue).SingleAsync());
        answer.Should().Be(2001);
    }
}
