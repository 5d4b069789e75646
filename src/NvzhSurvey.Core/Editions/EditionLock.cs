using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Editions;

/// <summary>
/// Serialises status changes (closing, publishing) with every write into the edition: narrative texts, autosave,
/// member writes and imports. A status change locks the edition's row FOR UPDATE; a writer locks it FOR SHARE (writers
/// do not wait for each other) and then reads the edition's status, all in its own transaction. So a write either
/// lands before the edition is closed or published, and is in its snapshot, or sees the new status and is refused.
/// </summary>
internal static class EditionLock
{
    /// <summary>Locks the edition's row exclusively until <paramref name="db"/>'s current transaction ends.</summary>
    public static Task LockAsync(SurveyDbContext db, int year, CancellationToken ct) =>
        RequireTransaction(db).Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Editions\" WHERE \"Year\" = {year} FOR UPDATE", ct);

    /// <summary>Takes the writers' (shared) lock on the edition with this id until the current transaction ends.</summary>
    public static Task ShareAsync(SurveyDbContext db, int editionId, CancellationToken ct) =>
        RequireTransaction(db).Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Editions\" WHERE \"Id\" = {editionId} FOR SHARE", ct);

    /// <summary>The writers' lock by year.</summary>
    public static Task ShareByYearAsync(SurveyDbContext db, int year, CancellationToken ct) =>
        RequireTransaction(db).Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Editions\" WHERE \"Year\" = {year} FOR SHARE", ct);

    private static SurveyDbContext RequireTransaction(SurveyDbContext db) =>
        db.Database.CurrentTransaction is null ? throw new InvalidOperationException("Lock an edition inside a transaction.") : db;
}
