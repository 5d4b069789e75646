using Microsoft.EntityFrameworkCore;
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

        var deleted = await Editor.DeleteOptionAsync(used.Id);
        var retired = await Editor.RetireOptionAsync(used.Id, true);

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

        (await Editor.AddOptionAsync(partners.Id, "library", "Bibliotheek")).Succeeded.Should().BeTrue();
        (await Editor.AddOptionAsync(partners.Id, "library", "Nog eens")).Error.Should().Contain("al in gebruik");
        var added = (await QuestionAsync(2025, "partners")).Options.Single(o => o.Key == "library");
        (await Editor.UpdateOptionAsync(added.Id, "Openbare bibliotheek")).Succeeded.Should().BeTrue();
        (await Editor.MoveOptionAsync(added.Id, -1)).Succeeded.Should().BeTrue();

        var options = (await QuestionAsync(2025, "partners")).Options.OrderBy(o => o.Order).ToList();
        options[^2].Label.Should().Be("Openbare bibliotheek");
        (await Editor.DeleteOptionAsync(added.Id)).Succeeded.Should().BeTrue();
        (await QuestionAsync(2025, "partners")).Options.Should().NotContain(o => o.Key == "library");
    }

    [Fact]
    public async Task Question_keys_are_unique_within_the_questionnaire_and_well_formed()
    {
        await SeedDemoDataAsync();
        var section = await ExecuteDbContextAsync(db => db.Sections.FirstAsync(s => s.Edition!.Year == 2025 && s.Key == "quality_future"));

        (await Editor.AddQuestionAsync(section.Id, "fte", "Nog een FTE", QuestionKind.Decimal)).Error.Should().Contain("al in gebruik");
        (await Editor.AddQuestionAsync(section.Id, "Vrije tekst!", "Vraag", QuestionKind.Text)).Error.Should().Contain("kleine letters");
        (await Editor.AddQuestionAsync(section.Id, "volunteers", "Aantal vrijwilligers", QuestionKind.Integer)).Succeeded.Should().BeTrue();

        var added = await QuestionAsync(2025, "volunteers");
        added.Order.Should().Be(4);
        (await Editor.UpdateQuestionAsync(added.Id, "Aantal vrijwilligers (personen)", "Hoeveel vrijwilligers heeft uw organisatie?", "Tel ieder persoon één keer.", true)).Succeeded.Should().BeTrue();
        (await Editor.MoveQuestionAsync(added.Id, -1)).Succeeded.Should().BeTrue();
        (await Editor.RetireQuestionAsync(added.Id, true)).Succeeded.Should().BeTrue();
        var changed = await QuestionAsync(2025, "volunteers");
        changed.Should().BeEquivalentTo(new { Order = 3, IsRequired = true, IsRetired = true, HelpText = "Tel ieder persoon één keer.", Label = "Aantal vrijwilligers (personen)" });
    }

    [Fact]
    public async Task A_published_editions_questionnaire_is_read_only()
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Year == 2024).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Published)));
        var partners = await QuestionAsync(2024, "partners");

        var rename = await Editor.UpdateQuestionAsync(partners.Id, "Andere titel", null, null, true);
        var add = await Editor.AddOptionAsync(partners.Id, "library", "Bibliotheek");

        rename.Error.Should().Be(QuestionnaireEditor.ReadOnlyMessage);
        add.Error.Should().Be(QuestionnaireEditor.ReadOnlyMessage);
        (await QuestionAsync(2024, "partners")).Label.Should().Be(partners.Label);
    }
}
