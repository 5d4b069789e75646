using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Tests.Editions;

public class QuestionnaireEditorTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private QuestionnaireEditor Editor => new(Database.CreateFactory());

    private Task<Question> QuestionAsync(int year, string key) => ExecuteDbContextAsync(db => db.Questions.Include(q => q.Options)
        .SingleAsync(q => q.Section!.Edition!.Year == year && q.Key == key));

    [Fact]
    public async Task An_option_with_answers_cannot_be_deleted_but_can_be_retired()
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Year == 2024).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Closed)));
        var partners = await QuestionAsync(2024, "partners");
        var used = partners.Options.OrderBy(o => o.Order).First();

        var deleted = await Editor.DeleteOptionAsync(Actor.System(), used.Id);
        var retired = await Editor.RetireOptionAsync(Actor.System(), used.Id, true);

        deleted.Succeeded.Should().BeFalse();
        deleted.Error.Should().Contain("kan niet worden verwijderd");
        retired.Succeeded.Should().BeTrue();
        (await QuestionAsync(2024, "partners")).Options.Single(o => o.Id == used.Id).IsRetired.Should().BeTrue();
    }

    [Fact]
    public async Task An_unused_option_can_be_added_renamed_moved_and_deleted()
    {
        await SeedDemoDataAsync();
        var partners = await QuestionAsync(2025, "partners");

        (await Editor.AddOptionAsync(Actor.System(), partners.Id, "library", "Bibliotheek")).Succeeded.Should().BeTrue();
        (await Editor.AddOptionAsync(Actor.System(), partners.Id, "library", "Nog eens")).Error.Should().Contain("al in gebruik");
        var added = (await QuestionAsync(2025, "partners")).Options.Single(o => o.Key == "library");
        (await Editor.UpdateOptionAsync(Actor.System(), added.Id, "Openbare bibliotheek")).Succeeded.Should().BeTrue();
        (await Editor.MoveOptionAsync(Actor.System(), added.Id, -1)).Succeeded.Should().BeTrue();

        var options = (await QuestionAsync(2025, "partners")).Options.OrderBy(o => o.Order).ToList();
        options[^2].Label.Should().Be("Openbare bibliotheek");
        (await Editor.DeleteOptionAsync(Actor.System(), added.Id)).Succeeded.Should().BeTrue();
        (await QuestionAsync(2025, "partners")).Options.Should().NotContain(o => o.Key == "library");
    }

    [Fact]
    public async Task Question_keys_are_unique_within_the_questionnaire_and_well_formed()
    {
        await SeedDemoDataAsync();
        var section = await ExecuteDbContextAsync(db => db.Sections.FirstAsync(s => s.Edition!.Year == 2025 && s.Key == "quality_future"));

        (await Editor.AddQuestionAsync(Actor.System(), section.Id, "fte", "Nog een FTE", QuestionKind.Decimal)).Error.Should().Contain("al in gebruik");
        (await Editor.AddQuestionAsync(Actor.System(), section.Id, "Vrije tekst!", "Vraag", QuestionKind.Text)).Error.Should().Contain("kleine letters");
        (await Editor.AddQuestionAsync(Actor.System(), section.Id, "volunteers", "Aantal vrijwilligers", QuestionKind.Integer)).Succeeded.Should().BeTrue();

        var added = await QuestionAsync(2025, "volunteers");
        added.Order.Should().Be(4);
        (await Editor.UpdateQuestionAsync(Actor.System(), added.Id, "Aantal vrijwilligers (personen)", "Hoeveel vrijwilligers heeft uw organisatie?", "Tel ieder persoon één keer.", true)).Succeeded.Should().BeTrue();
        (await Editor.MoveQuestionAsync(Actor.System(), added.Id, -1)).Succeeded.Should().BeTrue();
        (await Editor.RetireQuestionAsync(Actor.System(), added.Id, true)).Succeeded.Should().BeTrue();
        var changed = await QuestionAsync(2025, "volunteers");
        changed.Should().BeEquivalentTo(new { Order = 3, IsRequired = true, IsRetired = true, HelpText = "Tel ieder persoon één keer.", Label = "Aantal vrijwilligers (personen)" });
    }

    [Fact]
    public async Task A_published_editions_questionnaire_is_read_only()
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Year == 2024).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Published)));
        var partners = await QuestionAsync(2024, "partners");

        var rename = await Editor.UpdateQuestionAsync(Actor.System(), partners.Id, "Andere titel", null, null, true);
        var add = await Editor.AddOptionAsync(Actor.System(), partners.Id, "library", "Bibliotheek");

        rename.Error.Should().Be(QuestionnaireEditor.ReadOnlyMessage);
        add.Error.Should().Be(QuestionnaireEditor.ReadOnlyMessage);
        (await QuestionAsync(2024, "partners")).Label.Should().Be(partners.Label);
    }

    [Fact]
    public async Task Only_staff_may_edit_the_questionnaire_a_member_or_the_board_is_refused_and_nothing_changes()
    {
        await SeedDemoDataAsync();
        var partners = await QuestionAsync(2025, "partners");
        var section = await ExecuteDbContextAsync(db => db.Sections.FirstAsync(s => s.Edition!.Year == 2025));
        var member = Actor.Member("member-1", "Lid", await ExecuteDbContextAsync(db => db.Organisations.Select(o => o.Id).FirstAsync()));

        foreach (var actor in new[] { member, Actor.Reader("board-1", "Bestuur") })
        {
            (await Editor.UpdateQuestionAsync(actor, partners.Id, "Andere titel", null, null, true)).Error.Should().Be(Actor.NotAllowedMessage);
            (await Editor.AddOptionAsync(actor, partners.Id, "library", "Bibliotheek")).Error.Should().Be(Actor.NotAllowedMessage);
            (await Editor.DeleteOptionAsync(actor, partners.Options[0].Id)).Error.Should().Be(Actor.NotAllowedMessage);
            (await Editor.AddQuestionAsync(actor, section.Id, "volunteers", "Vrijwilligers", QuestionKind.Integer)).Error.Should().Be(Actor.NotAllowedMessage);
        }

        var after = await QuestionAsync(2025, "partners");
        after.Label.Should().Be(partners.Label);
        after.Options.Select(o => o.Key).Should().BeEquivalentTo(partners.Options.Select(o => o.Key));
        (await ExecuteDbContextAsync(db => db.Questions.AnyAsync(q => q.Key == "volunteers"))).Should().BeFalse();
    }
}
