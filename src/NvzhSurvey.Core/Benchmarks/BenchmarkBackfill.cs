using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// Editions published before benchmark rows were stored at publishing have none. Their rows are stored once, on
/// the first benchmark request that needs them, from the completed responses (the same
/// <see cref="BenchmarkSnapshot.StoreAsync"/> as publishing; a published edition is read-only), under an advisory
/// lock so two first requests do not both store them. Editions whose rows were stored before the network's
/// statistics were (ADR 020) get those, from their stored rows. From then on such an edition is served like any other.
/// </summary>
internal static class BenchmarkBackfill
{
    /// <summary>First key of the advisory lock (the second is the edition id).</summary>
    private const int LockKey = 0x42_4E_43_48; // "BNCH"

    public static async Task EnsureStoredAsync(SurveyDbContext db, int editionId, int year, CancellationToken ct)
    {
        if (await HasNetworkAsync(db, editionId, ct))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0}, {1})", [LockKey, editionId], ct);
        if (!await HasRowsAsync(db, editionId, ct))
        {
            await BenchmarkSnapshot.StoreAsync(db, editionId, year, ct);
        }
        else if (!await HasNetworkAsync(db, editionId, ct))
        {
            await BenchmarkSnapshot.StoreNetworkAsync(db, editionId, year, ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Every published edition without stored rows gets them (the member portal lists years by its rows).</summary>
    public static async Task EnsureAllPublishedStoredAsync(SurveyDbContext db, CancellationToken ct)
    {
        var missing = await db.Editions.AsNoTracking()
            .Where(e => e.Status == EditionStatus.Published && !db.BenchmarkNetworkFigures.Any(f => f.EditionId == e.Id))
            .Select(e => new { e.Id, e.Year }).ToListAsync(ct);
        foreach (var edition in missing)
        {
            await EnsureStoredAsync(db, edition.Id, edition.Year, ct);
        }
    }

    private static Task<bool> HasRowsAsync(SurveyDbContext db, int editionId, CancellationToken ct) =>
        db.BenchmarkFigureValues.AnyAsync(v => v.EditionId == editionId, ct);

    /// <summary>The network's statistics are stored last, so when they are there, the rows are too.</summary>
    private static Task<bool> HasNetworkAsync(SurveyDbContext db, int editionId, CancellationToken ct) =>
        db.BenchmarkNetworkFigures.AnyAsync(f => f.EditionId == editionId, ct);
}
