using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Publication;

/// <summary>
/// The stored PDFs of published editions (<see cref="PublishedPdf"/>): looked up before printing, saved after the
/// first print. Rows are only added; a snapshot's PDFs go when its edition is deleted (cascade).
/// </summary>
public sealed class PublishedPdfStore(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
{
    public async Task<byte[]?> FindAsync(int snapshotId, string inputHash, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<PublishedPdf>().AsNoTracking()
            .Where(p => p.SnapshotId == snapshotId && p.InputHash == inputHash)
            .Select(p => p.Content)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Stores the bytes unless they are stored already; answers the bytes that are stored (the first ones win).</summary>
    public async Task<byte[]> StoreAsync(int snapshotId, string inputHash, byte[] content, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Add(new PublishedPdf { SnapshotId = snapshotId, InputHash = inputHash, Content = content, StoredAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return content;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another instance printed and stored the same PDF at the same moment: serve what is stored.
            return await FindAsync(snapshotId, inputHash, cancellationToken) ?? content;
        }
    }
}
