using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Publication;

/// <summary>
/// Publishing an edition and loading what its publication is made from. Publishing stores the exact
/// <see cref="PublicationInput"/> as a <see cref="PublicationSnapshot"/> and marks the edition Published in one
/// SaveChanges (one transaction); a published edition is then always laid out from its latest snapshot, so
/// later changes to answers, names or consents do not change an already published PDF.
/// </summary>
public sealed class PublicationSnapshots(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock, SmallNumberRule? rule = null)
{
    public async Task<PublishedSnapshotInfo> PublishAsync(int year, string? user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Texts cannot be saved while the snapshot is made: what is saved before is in it, what comes after is refused.
        await EditionLock.LockAsync(db, year, cancellationToken);
        var edition = await db.Editions.SingleOrDefaultAsync(e => e.Year == year, cancellationToken)
            ?? throw new PublicationException($"Editie {year} bestaat niet.");
        if (edition.Status == EditionStatus.Published)
        {
            throw new PublicationException($"Editie {year} is al gepubliceerd.");
        }

        if (!EditionStateMachine.CanMove(edition.Status, EditionStatus.Published))
        {
            throw new PublicationException(EditionStateMachine.Refusal(edition.Status, EditionStatus.Published));
        }

        var input = await new PublicationInputBuilder(dbFactory, rule).BuildAsync(year, PublicationOptions.Default, cancellationToken)
            ?? throw new PublicationException($"Editie {year} bestaat niet.");
        var now = clock.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % 10)); // PostgreSQL stores microseconds
        var snapshot = new PublicationSnapshot
        {
            EditionId = edition.Id,
            CreatedAt = now,
            CreatedBy = user,
            // The snapshot is what is published: its figures are no longer provisional.
            Json = PublicationSerializer.Serialize(input with { Report = input.Report with { Provisional = false } }),
        };
        db.PublicationSnapshots.Add(snapshot);
        // The benchmark of every participant is made from rows stored now, in the same transaction (ADR 013).
        await Benchmarks.BenchmarkSnapshot.StoreAsync(db, edition.Id, year, cancellationToken);
        Security.SecurityLog.Add(db, Security.SecurityEvent.EditionPublished, $"Editie {year} gepubliceerd ({edition.Status.DisplayName()} → {EditionStatus.Published.DisplayName()}), met momentopname");
        edition.Status = EditionStatus.Published;
        edition.PublishedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new PublicationException($"Editie {year} is intussen door iemand anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.", exception);
        }

        return new PublishedSnapshotInfo(snapshot.Id, snapshot.CreatedAt, snapshot.CreatedBy);
    }

    /// <summary>
    /// The input of an edition's publication: the latest snapshot when the edition is published, else live data.
    /// Null when the edition does not exist. <paramref name="options"/> (export choices) are applied to either.
    /// </summary>
    public async Task<PublicationSource?> LoadAsync(int year, PublicationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= PublicationOptions.Default;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking().Where(e => e.Year == year)
            .Select(e => new { e.Id, e.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return null;
        }

        if (edition.Status == EditionStatus.Published)
        {
            var snapshot = await db.PublicationSnapshots.AsNoTracking()
                .Where(s => s.EditionId == edition.Id)
                .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (snapshot is not null)
            {
                var input = PublicationSerializer.Deserialize(snapshot.Json) with { Options = options };
                return new PublicationSource(input, new PublishedSnapshotInfo(snapshot.Id, snapshot.CreatedAt, snapshot.CreatedBy));
            }
        }

        var live = await new PublicationInputBuilder(dbFactory, rule).BuildAsync(year, options, cancellationToken);
        return live is null ? null : new PublicationSource(live, null);
    }
}
