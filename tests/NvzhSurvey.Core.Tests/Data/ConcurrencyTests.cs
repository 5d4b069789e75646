using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Data;

public class ConcurrencyTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task A_concurrent_update_of_the_same_response_is_rejected_not_lost()
    {
        await SeedDemoDataAsync();
        var responseId = await ExecuteDbContextAsync(db => db.Responses.Select(r => r.Id).FirstAsync());
        await using var first = CreateDbContext();
        await using var second = CreateDbContext();
        var mine = await first.Responses.SingleAsync(r => r.Id == responseId);
        var theirs = await second.Responses.SingleAsync(r => r.Id == responseId);

        mine.InternalNotes = "Eerste interviewer";
        await first.SaveChangesAsync();
        theirs.InternalNotes = "Tweede interviewer";
        var secondSave = () => second.SaveChangesAsync();

        await secondSave.Should().ThrowAsync<DbUpdateConcurrencyException>();
        var stored = await ExecuteDbContextAsync(db => db.Responses.SingleAsync(r => r.Id == responseId));
        stored.InternalNotes.Should().Be("Eerste interviewer");
    }

    [Fact]
    public async Task A_concurrent_update_of_the_same_organisation_is_rejected_not_lost()
    {
        await InsertAsync(new Organisation { Key = "org-1", Name = "Stichting Proef" });
        await using var first = CreateDbContext();
        await using var second = CreateDbContext();
        var mine = await first.Organisations.SingleAsync();
        var theirs = await second.Organisations.SingleAsync();

        mine.City = "Lindehoven";
        await first.SaveChangesAsync();
        theirs.City = "Zuiderwold";

        await second.Invoking(db => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateConcurrencyException>();
        (await ExecuteDbContextAsync(db => db.Organisations.SingleAsync())).City.Should().Be("Lindehoven");
    }

    [Fact]
    public async Task A_concurrent_update_of_the_same_location_is_rejected_not_lost()
    {
        await InsertAsync(new Organisation { Key = "org-1", Name = "Stichting Proef", Locations = [new Location { Name = "Huiskamer" }] });
        await using var first = CreateDbContext();
        await using var second = CreateDbContext();
        var mine = await first.Locations.SingleAsync();
        var theirs = await second.Locations.SingleAsync();

        mine.City = "Lindehoven";
        await first.SaveChangesAsync();
        theirs.City = "Zuiderwold";

        await second.Invoking(db => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateConcurrencyException>();
        (await ExecuteDbContextAsync(db => db.Locations.SingleAsync())).City.Should().Be("Lindehoven");
    }

    [Fact]
    public async Task A_concurrent_update_of_the_same_edition_text_is_rejected_not_lost()
    {
        await InsertAsync(new Edition { Year = 2030, Texts = [new EditionText { Key = "introduction", Markdown = "Oud." }] });
        await using var first = CreateDbContext();
        await using var second = CreateDbContext();
        var mine = await first.EditionTexts.SingleAsync();
        var theirs = await second.EditionTexts.SingleAsync();

        mine.Markdown = "Eerste medewerker.";
        await first.SaveChangesAsync();
        theirs.Markdown = "Tweede medewerker.";

        await second.Invoking(db => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateConcurrencyException>();
        (await ExecuteDbContextAsync(db => db.EditionTexts.SingleAsync())).Markdown.Should().Be("Eerste medewerker.");
    }

    [Fact]
    public async Task Saving_twice_from_the_same_context_is_not_a_conflict()
    {
        await InsertAsync(new Organisation { Key = "org-1", Name = "Stichting Proef" });
        await using var db = CreateDbContext();
        var organisation = await db.Organisations.SingleAsync();

        organisation.City = "Lindehoven";
        await db.SaveChangesAsync();
        organisation.City = "Zuiderwold";
        await db.SaveChangesAsync();

        (await ExecuteDbContextAsync(d => d.Organisations.SingleAsync())).City.Should().Be("Zuiderwold");
    }
}
