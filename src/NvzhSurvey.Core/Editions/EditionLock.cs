using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Editions;

/// <summary>
/// Serialises publishing an edition with saving its narrative texts: both lock the edition's row first (in their own
/// transaction), so a text save either lands before the publication is made, and is in it, or sees the edition
/// published and is refused; never a text that is saved but missing from the publication.
/// </summary>
internal static class EditionLock
{
    /// <summary>Locks the edition's row until <paramref name="db"/>'s current transaction ends.</summary>
    public static Task LockAsync(SurveyDbContext db, int year, CancellationToken ct) =>
        db.Database.CurrentTransaction is null
            ? throw new InvalidOperationException("Lock an edition inside a transaction.")
            : db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Editions\" WHERE \"Year\" = {year} FOR UPDATE", ct);
}
