using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests.Demo;

public class DemoDataTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Demo_data_has_49_members_with_206_locations_of_which_25_took_part_with_118()
    {
        (await SeedDemo()).Should().BeTrue();
        await using var db = CreateDbContext();

        (await db.Organisations.CountAsync()).Should().Be(49);
        (await db.Locations.CountAsync()).Should().Be(206);
        var edition = await db.Editions.SingleAsync(e => e.Year == 2024);
        edition.MembersTotal.Should().BeNull("the member list counts, no manual correction");
        edition.LocationsAllMembers.Should().BeNull();
        (await db.Responses.CountAsync(r => r.EditionId == edition.Id && r.Status == ResponseStatus.Completed)).Should().Be(25);
        (await db.ResponseLocations.CountAsync()).Should().Be(118);

        (await NumberTotal(db, "fte")).Should().Be(240.56m);
        (await NumberTotal(db, "revenue")).Should().Be(23_463_188m);
    }

    [Fact]
    public async Task Demo_answers_reproduce_every_published_option_count()
    {
        await SeedDemo();
        using var figures = TestData.Figures2024();
        await using var db = CreateDbContext();
        var counts = await db.Answers.Where(a => a.OptionId != null)
            .Join(db.QuestionOptions, a => a.OptionId, o => o.Id, (a, o) => new { o.Question!.Key, Option = o.Key, o.Question.Section!.Edition!.Year })
            .Where(x => x.Year == 2024)
            .GroupBy(x => new { x.Key, x.Option }).Select(g => new { g.Key.Key, g.Key.Option, Count = g.Count() })
            .ToListAsync();

        foreach (var question in figures.RootElement.GetProperty("chapters").EnumerateArray().SelectMany(c => c.GetProperty("questions").EnumerateArray()))
        {
            var type = question.GetProperty("type").GetString();
            if (type is not ("single" or "multi"))
            {
                continue;
            }

            foreach (var option in question.GetProperty("options").EnumerateArray())
            {
                var key = question.GetProperty("key").GetString();
                var optionKey = option.GetProperty("key").GetString();
                counts.SingleOrDefault(c => c.Key == key && c.Option == optionKey)?.Count
                    .Should().Be(option.GetProperty("count").GetInt32(), $"{key}/{optionKey}");
            }
        }
    }

    [Fact]
    public async Task Demo_data_is_deterministic()
    {
        await SeedDemo();
        var first = await Fingerprint();
        await Database.ResetAsync();
        await SeedDemo();

        (await Fingerprint()).Should().Be(first);
    }

    [Fact]
    public async Task Demo_data_is_not_loaded_when_organisations_exist()
    {
        await SeedDemo();

        (await SeedDemo()).Should().BeFalse();
        await using var db = CreateDbContext();
        (await db.Organisations.CountAsync()).Should().Be(49);
    }

    [Fact]
    public async Task Demo_organisations_are_fictional()
    {
        // Initiatives named in the movement's publications (seeds/003): invented answers must never carry their names.
        string[] realNames = ["Vriendendiensten", "Stjoer", "Herstelacademie Haarlem", "Ixta Noa", "Vitale Verbindingen", "TEAM ED",
            "Stadskamer", "HerstelTalent", "KernKracht", "Kiemuur", "Steunpunt GGZ Utrecht", "Waterheuvel", "Focus",
            "Zelfregie NL", "Stichting JIJ", "Hoofdzaak", "CultiCare", "Dalisay", "Zorgvrijstaat", "Gewoon Herstel"];
        await SeedDemo();
        await using var db = CreateDbContext();
        var names = await db.Organisations.Select(o => o.Name).ToListAsync();

        names.Should().OnlyContain(n => !realNames.Any(r => n.Contains(r, StringComparison.OrdinalIgnoreCase)));
        (await db.Organisations.Select(o => o.Website).ToListAsync()).Should().OnlyContain(w => w!.EndsWith(".example"));
    }

    [Fact]
    public async Task Demo_data_has_an_open_2025_edition_with_the_same_questionnaire()
    {
        await SeedDemo();
        await using var db = CreateDbContext();
        var keys = await db.Editions.OrderBy(e => e.Year)
            .Select(e => new { e.Year, e.Status, Keys = e.Sections.SelectMany(s => s.Questions).OrderBy(q => q.Key).Select(q => q.Key).ToList() })
            .ToListAsync();

        keys.Select(k => k.Year).Should().Equal(2024, 2025);
        keys[1].Status.Should().Be(EditionStatus.Open);
        keys[1].Keys.Should().Equal(keys[0].Keys);
    }

    private Task<bool> SeedDemo() => SeedDemoDataAsync();

    private static Task<decimal> NumberTotal(Core.Data.SurveyDbContext db, string questionKey) =>
        db.Answers.Where(a => db.Questions.Any(q => q.Id == a.QuestionId && q.Key == questionKey && q.Section!.Edition!.Year == 2024))
            .SumAsync(a => a.NumberValue ?? 0);

    private async Task<string> Fingerprint()
    {
        await using var db = CreateDbContext();
        var organisations = await db.Organisations.OrderBy(o => o.Key)
            .Select(o => o.Key + o.Name + o.FoundedYear + o.Locations.Count).ToListAsync();
        var answers = await (
            from a in db.Answers
            join r in db.Responses on a.ResponseId equals r.Id
            join q in db.Questions on a.QuestionId equals q.Id
            join o in db.QuestionOptions on a.OptionId equals o.Id into options
            from o in options.DefaultIfEmpty()
            select r.Organisation!.Key + "/" + q.Key + "/" + (o == null ? "" : o.Key) + "/" + a.NumberValue).ToListAsync();
        answers.Sort(StringComparer.Ordinal);
        return string.Join("|", organisations.Concat(answers));
    }
}
