using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Publication;

/// <summary>
/// The public web edition (/publicaties/{year}): the board or staff switch it on for a published edition; anyone
/// may then read it. What is shown is the edition's latest publication snapshot, never live data.
/// </summary>
public sealed class PublicWebEditions(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public const string OnlyPublishedMessage = "Alleen een gepubliceerde editie kan een openbare pagina hebben.";

    private static long _generation;

    /// <summary>Changes whenever this app instance switches a public page or changes the branding: caches of the page check it.</summary>
    public static long Generation => Interlocked.Read(ref _generation);

    internal static void Changed() => Interlocked.Increment(ref _generation);

    /// <summary>Switches the public page on or off; board, staff and administrators only.</summary>
    public async Task<OperationResult> SetPublicPageAsync(int year, bool enabled, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Board) && !user.IsInRole(Roles.Staff) && !user.IsInRole(Roles.Administrator))
        {
            return OperationResult.Fail("Alleen het bestuur en medewerkers kunnen de openbare pagina aan- of uitzetten.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return OperationResult.Fail($"Editie {year} bestaat niet.");
        }

        if (enabled && edition.Status != EditionStatus.Published)
        {
            return OperationResult.Fail(OnlyPublishedMessage);
        }

        edition.PublicPageEnabled = enabled;
        try
        {
            await db.SaveChangesAsync(ct);
            Changed();
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Fail("De editie is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
        }

        return OperationResult.Ok;
    }

    public async Task<bool> IsPublicAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Editions.AnyAsync(e => e.Year == year && e.PublicPageEnabled && e.Status == EditionStatus.Published, ct);
    }

    /// <summary>
    /// The snapshot behind the public page, or null when the edition is unknown, unpublished, not switched on or has
    /// no snapshot. Reads only the snapshot's id, so callers can cache by it.
    /// </summary>
    public async Task<PublicSnapshot?> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var snapshot = await (
                from e in db.Editions
                where e.Year == year && e.PublicPageEnabled && e.Status == EditionStatus.Published
                join s in db.PublicationSnapshots on e.Id equals s.EditionId
                orderby s.CreatedAt descending, s.Id descending
                select new { s.Id, s.CreatedAt, s.CreatedBy })
            .AsNoTracking().FirstOrDefaultAsync(ct);
        return snapshot is null ? null : new PublicSnapshot(year, new PublishedSnapshotInfo(snapshot.Id, snapshot.CreatedAt, snapshot.CreatedBy));
    }

    /// <summary>The publication input of a snapshot (hidden texts were never stored in it).</summary>
    public async Task<PublicationInput> ReadInputAsync(int snapshotId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var json = await db.PublicationSnapshots.Where(s => s.Id == snapshotId).Select(s => s.Json).SingleAsync(ct);
        return PublicationSerializer.Deserialize(json);
    }
}

public sealed record PublicSnapshot(int Year, PublishedSnapshotInfo Snapshot);
