using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Tests.Editions;

public class EditionServiceTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly Actor Staff = Actor.Staff("staff-1", "Mila Medewerker");

    private EditionService Service => new(Database.CreateFactory(), TimeProvider.System);

    [Fact]
    public async Task The_next_edition_is_a_draft_with_a_copy_of_the_previous_questionnaire_and_texts()
    {
        await SeedDemoDataAsync();

        var result = await Service.CreateNextAsync(Actor.System());

        result.Succeeded.Should().BeTrue();
        var (previous, next) = await ExecuteDbContextAsync(async db =>
        {
            var editions = await db.Editions.AsNoTracking().AsSplitQuery().Include(e => e.Texts)
                .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
                .Where(e => e.Year >= 2025).OrderBy(e => e.Year).ToListAsync();
            return (editions[0], editions[1]);
        });
        next.Year.Should().Be(2026);
        next.Status.Should().Be(EditionStatus.Draft);
        next.Sections.SelectMany(s => s.Questions).Select(q => q.Key)
            .Should().BeEquivalentTo(previous.Sections.SelectMany(s => s.Questions).Select(q => q.Key));
        next.Sections.SelectMany(s => s.Questions).SelectMany(q => q.Options).Should().HaveCount(previous.Sections.SelectMany(s => s.Questions).SelectMany(q => q.Options).Count());
        next.Texts.Select(t => (t.Key, t.Markdown)).Should().BeEquivalentTo(previous.Texts.Select(t => (t.Key, t.Markdown)));
        next.Sections.SelectMany(s => s.Questions).Select(q => q.Id).Should().NotIntersectWith(previous.Sections.SelectMany(s => s.Questions).Select(q => q.Id));
    }

    [Fact]
    public async Task An_edition_goes_from_draft_to_open_to_closed_to_published_and_no_further()
    {
        await SeedDemoDataAsync();
        await Service.CreateNextAsync(Actor.System());

        (await Service.ChangeStatusAsync(Actor.System(), 2026, EditionStatus.Published)).Error.Should().Contain("kan niet naar ‘Gepubliceerd’");
        (await Service.ChangeStatusAsync(Actor.System(), 2026, EditionStatus.Open)).Succeeded.Should().BeTrue();
        (await Service.ChangeStatusAsync(Actor.System(), 2026, EditionStatus.Closed)).Succeeded.Should().BeTrue();
        (await Service.ChangeStatusAsync(Actor.System(), 2026, EditionStatus.Published)).Succeeded.Should().BeTrue();
        (await Service.ChangeStatusAsync(Actor.System(), 2026, EditionStatus.Open)).Succeeded.Should().BeFalse();

        var edition = await ExecuteDbContextAsync(db => db.Editions.SingleAsync(e => e.Year == 2026));
        edition.Status.Should().Be(EditionStatus.Published);
        edition.PublishedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task A_stale_text_edit_is_refused_and_the_stored_text_kept_while_a_fresh_edit_is_saved()
    {
        await SeedDemoDataAsync();
        var loaded = await TextAsync(2025, DefaultEditionTexts.Introduction);
        var (first, versions) = await Service.SaveTextsAsync(Staff, 2025, [new(loaded.Key, "Tekst van de eerste medewerker.", loaded.Version)]);
        first.Succeeded.Should().BeTrue();

        var (stale, _) = await Service.SaveTextsAsync(Staff, 2025, [new(loaded.Key, "Tekst van de tweede medewerker.", loaded.Version)]);

        stale.Error.Should().Be(EditionService.TextConflictMessage);
        (await TextAsync(2025, loaded.Key)).Markdown.Should().Be("Tekst van de eerste medewerker.");
        var (again, _) = await Service.SaveTextsAsync(Staff, 2025, [new(loaded.Key, "Nog een keer, na het opslaan.", versions[loaded.Key])]);
        again.Succeeded.Should().BeTrue("the version returned by a save is the version to continue from");
        (await TextAsync(2025, loaded.Key)).Markdown.Should().Be("Nog een keer, na het opslaan.");
    }

    [Fact]
    public async Task A_save_with_one_stale_text_stores_none_of_the_texts()
    {
        await SeedDemoDataAsync();
        var introduction = await TextAsync(2025, DefaultEditionTexts.Introduction);
        var closing = await TextAsync(2025, DefaultEditionTexts.Closing);
        (await Service.SaveTextsAsync(Staff, 2025, [new(closing.Key, "Slot van iemand anders.", closing.Version)])).Result.Succeeded.Should().BeTrue();

        var (result, _) = await Service.SaveTextsAsync(Staff, 2025,
            [new(introduction.Key, "Nieuwe inleiding.", introduction.Version), new(closing.Key, "Mijn slot.", closing.Version)]);

        result.Error.Should().Be(EditionService.TextConflictMessage);
        (await TextAsync(2025, introduction.Key)).Markdown.Should().Be(introduction.Markdown);
        (await TextAsync(2025, closing.Key)).Markdown.Should().Be("Slot van iemand anders.");
    }

    [Fact]
    public async Task A_text_that_someone_else_created_meanwhile_is_not_overwritten()
    {
        await SeedDemoDataAsync();
        var key = DefaultEditionTexts.ChapterKey("nieuw_hoofdstuk");
        (await Service.SaveTextsAsync(Staff, 2025, [new(key, "Eerste versie.", null)])).Result.Succeeded.Should().BeTrue();

        var (second, _) = await Service.SaveTextsAsync(Staff, 2025, [new(key, "Tweede versie, van een verouderde pagina.", null)]);

        second.Error.Should().Be(EditionService.TextConflictMessage);
        (await TextAsync(2025, key)).Markdown.Should().Be("Eerste versie.");
    }

    [Fact]
    public async Task A_text_save_during_publishing_waits_for_it_and_is_then_refused_so_every_saved_text_is_in_the_publication()
    {
        await SeedDemoDataAsync();
        var introduction = await TextAsync(2025, DefaultEditionTexts.Introduction);
        await using var publisher = CreateDbContext();
        await using var publishing = await publisher.Database.BeginTransactionAsync();
        // A publication in progress: the edition's row is locked and its status changed, not yet committed.
        await publisher.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Editions\" WHERE \"Year\" = 2025 FOR UPDATE");
        await publisher.Database.ExecuteSqlAsync($"UPDATE \"Editions\" SET \"Status\" = {(int)EditionStatus.Published} WHERE \"Year\" = 2025");

        var save = Service.SaveTextsAsync(Staff, 2025, [new(introduction.Key, "Op het laatste moment.", introduction.Version)]);
        await WaitUntilWaitingForALockAsync(save, "the save waits until the publication is committed");
        save.IsCompleted.Should().BeFalse("the save waits until the publication is committed");
        await publishing.CommitAsync();

        (await save).Result.Error.Should().Be(EditionService.TextsReadOnlyMessage);
        (await TextAsync(2025, introduction.Key)).Markdown.Should().Be(introduction.Markdown);
    }

    [Theory]
    [InlineData(ActorKind.Member)]
    [InlineData(ActorKind.Reader)]
    [InlineData(ActorKind.ApiToken)]
    public async Task Only_staff_or_a_Full_token_may_save_texts_anyone_else_is_refused_and_nothing_is_stored(ActorKind kind)
    {
        await SeedDemoDataAsync();
        var introduction = await TextAsync(2025, DefaultEditionTexts.Introduction);
        var organisationId = await ExecuteDbContextAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());
        var actor = kind switch
        {
            ActorKind.Member => Actor.Member("member-1", "Lid", organisationId),
            ActorKind.ApiToken => Actor.Token("token-1", "token", ApiTokenScope.ReadReports),
            _ => Actor.Reader("board-1", "Bestuur"),
        };

        var (result, versions) = await Service.SaveTextsAsync(actor, 2025, [new(introduction.Key, "Niet van staff.", introduction.Version)]);

        result.Error.Should().Be(Actor.NotAllowedMessage);
        versions.Should().BeEmpty();
        (await TextAsync(2025, introduction.Key)).Markdown.Should().Be(introduction.Markdown);
        var full = await Service.SaveTextsAsync(Actor.Token("token-2", "token", ApiTokenScope.Full), 2025,
            [new(introduction.Key, "Van een Full-token.", introduction.Version)]);
        full.Result.Succeeded.Should().BeTrue("a Full token has staff rights");
    }

    [Fact]
    public async Task Only_staff_may_create_the_next_edition()
    {
        await SeedDemoDataAsync();

        (await Service.CreateNextAsync(Actor.Reader("board-1", "Bestuur"))).Error.Should().Be(Actor.NotAllowedMessage);

        (await ExecuteDbContextAsync(db => db.Editions.AnyAsync(e => e.Year == 2026))).Should().BeFalse();
    }

    [Fact]
    public async Task Only_staff_or_a_Full_token_may_change_an_editions_status()
    {
        await SeedDemoDataAsync();
        var member = Actor.Member("member-1", "Lid", await ExecuteDbContextAsync(db => db.Organisations.Select(o => o.Id).FirstAsync()));

        foreach (var actor in new[] { member, Actor.Reader("board-1", "Bestuur"), Actor.Token("token-1", "token", ApiTokenScope.ReadReports) })
        {
            (await Service.ChangeStatusAsync(actor, 2025, EditionStatus.Closed)).Error.Should().Be(Actor.NotAllowedMessage);
        }

        (await ExecuteDbContextAsync(db => db.Editions.SingleAsync(e => e.Year == 2025))).Status.Should().Be(EditionStatus.Open);
        (await Service.ChangeStatusAsync(Actor.Token("token-2", "token", ApiTokenScope.Full), 2025, EditionStatus.Closed)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task Find_gives_the_edition_of_a_year_and_null_for_an_unknown_year()
    {
        await SeedDemoDataAsync();

        (await Service.FindAsync(2025))!.Status.Should().Be(EditionStatus.Open);
        (await Service.FindAsync(2024))!.Status.Should().Be(EditionStatus.Published);
        (await Service.FindAsync(1999)).Should().BeNull();
    }

    private Task<EditionText> TextAsync(int year, string key) =>
        ExecuteDbContextAsync(db => db.EditionTexts.AsNoTracking()
            .SingleAsync(t => t.Key == key && db.Editions.Any(e => e.Id == t.EditionId && e.Year == year)));

    [Fact]
    public async Task The_list_counts_completed_responses_per_edition()
    {
        await SeedDemoDataAsync();

        var list = await Service.ListAsync();

        list.Select(e => (e.Year, e.Completed)).Should().Equal((2025, 0), (2024, 25));
    }
}
