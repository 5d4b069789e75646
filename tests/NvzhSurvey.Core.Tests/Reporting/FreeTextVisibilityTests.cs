using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Tests.Reporting;

public class FreeTextVisibilityTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Staff_hide_a_free_text_anyone_else_is_refused_and_a_published_edition_is_frozen()
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Year == 2024)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Closed)));
        var text = await ExecuteDbContextAsync(db => db.FreeTexts.FirstAsync(t => db.Responses.Any(r => r.Id == t.ResponseId && r.Edition!.Year == 2024)));
        var visibility = new FreeTextVisibility(Database.CreateFactory());

        (await visibility.SetHiddenAsync(Actor.Reader("board-1", "Bestuur"), 2024, [text.Id], true)).Error.Should().Be(Actor.NotAllowedMessage);
        (await ExecuteDbContextAsync(db => db.FreeTexts.SingleAsync(t => t.Id == text.Id))).HiddenFromPublication.Should().BeFalse();

        (await visibility.SetHiddenAsync(Actor.Staff("staff-1", "Mila Medewerker"), 2024, [text.Id], true)).Succeeded.Should().BeTrue();
        (await ExecuteDbContextAsync(db => db.FreeTexts.SingleAsync(t => t.Id == text.Id))).HiddenFromPublication.Should().BeTrue();

        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Year == 2024)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Published)));
        (await visibility.SetHiddenAsync(Actor.Staff("staff-1", "Mila Medewerker"), 2024, [text.Id], false)).Error.Should().Be(FreeTextVisibility.PublishedMessage);
    }
}
