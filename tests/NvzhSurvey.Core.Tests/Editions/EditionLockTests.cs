using NvzhSurvey.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Tests.Exchange;
using NvzhSurvey.Core.Tests.Interviews;

namespace NvzhSurvey.Core.Tests.Editions;

/// <summary>Closing or publishing against autosave and imports: each write is in the edition before it closes, or refused.</summary>
public class EditionLockTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private async Task<(SurveyDbContextHolder Holder, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction Transaction)> CloseInProgressAsync(int year)
    {
        var db = CreateDbContext();
        var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Editions\" WHERE \"Year\" = {year} FOR UPDATE");
        await db.Database.ExecuteSqlAsync($"UPDATE \"Editions\" SET \"Status\" = {(int)EditionStatus.Closed} WHERE \"Year\" = {year}");
        return (new SurveyDbContextHolder(db), transaction);
    }

    [Fact]
    public async Task An_autosave_during_closing_waits_and_is_then_refused_so_nothing_is_saved_after_the_close()
    {
        await SeedDemoDataAsync();
        var organisation = await ExecuteDbContextAsync(InterviewTestData.NewOrganisationAsync);
        var data = new InterviewTestData(Database.CreateFactory(), new InterviewTestData.Staff());
        var form = (await data.Loader.LoadAsync(new EditionYear(2025), organisation.Id))!;
        var (holder, closing) = await CloseInProgressAsync(2025);

        var save = data.Writer.SaveAsync(Actor.System(), form.EditionId, organisation.Id, new InterviewChanges(null)
        {
            Details = new InterviewDetails(null, "Laatste moment", null),
        });
        await WaitUntilWaitingForALockAsync(save, "the autosave waits for the close");
        save.IsCompleted.Should().BeFalse();
        await closing.CommitAsync();
        await holder.DisposeAsync();

        (await save).Outcome.Should().Be(SaveOutcome.Refused);
        (await ExecuteDbContextAsync(db => db.Responses.AnyAsync(r => r.OrganisationId == organisation.Id))).Should().BeFalse();
    }

    [Fact]
    public async Task An_import_during_closing_waits_and_is_then_refused()
    {
        await SeedDemoDataAsync();
        var (holder, closing) = await CloseInProgressAsync(2025);

        var import = new ResponseImporter(Database.CreateFactory(), TimeProvider.System).ImportAsync(2025, SampleBatches.Many(2), "test");
        await WaitUntilWaitingForALockAsync(import, "the import waits for the close");
        import.IsCompleted.Should().BeFalse();
        await closing.CommitAsync();
        await holder.DisposeAsync();

        (await import).Should().BeOfType<ImportOutcome.EditionClosed>();
    }

    [Fact]
    public async Task Closing_waits_for_a_save_in_progress_and_the_save_is_then_in_the_closed_edition()
    {
        await SeedDemoDataAsync();
        await using var writer = CreateDbContext();
        var saving = await writer.Database.BeginTransactionAsync();
        // A writer between its edition check and its commit holds the shared edition lock.
        await writer.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Editions\" WHERE \"Year\" = 2025 FOR SHARE");
        await writer.Database.ExecuteSqlAsync($"UPDATE \"Organisations\" SET \"City\" = 'Tijdens het sluiten' WHERE \"Key\" = 'demo-01'");

        var close = new EditionService(Database.CreateFactory(), TimeProvider.System).ChangeStatusAsync(Actor.System(), 2025, EditionStatus.Closed);
        await WaitUntilWaitingForALockAsync(close, "closing waits for the writer");
        close.IsCompleted.Should().BeFalse("closing waits for the writer");
        await saving.CommitAsync();

        (await close).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task Publishing_is_refused_unless_the_edition_is_closed_and_then_the_snapshot_holds_every_completed_response()
    {
        await SeedDemoDataAsync();
        var service = new EditionService(Database.CreateFactory(), TimeProvider.System);

        (await service.ChangeStatusAsync(Actor.System(), 2025, EditionStatus.Published)).Error.Should().Contain("alleen vanuit ‘Gesloten’");
        (await service.ChangeStatusAsync(Actor.System(), 2025, EditionStatus.Closed)).Succeeded.Should().BeTrue();
        (await service.ChangeStatusAsync(Actor.System(), 2025, EditionStatus.Published)).Succeeded.Should().BeTrue();

        var snapshot = await ExecuteDbContextAsync(db => db.PublicationSnapshots.SingleAsync(s => db.Editions.Any(e => e.Id == s.EditionId && e.Year == 2025)));
        var input = Core.Publication.PublicationSerializer.Deserialize(snapshot.Json);
        input.Report.Provisional.Should().BeFalse();
        input.Report.Participation.MembersTotal.Should().Be(49);
    }

    private sealed class SurveyDbContextHolder(Core.Data.SurveyDbContext db) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
