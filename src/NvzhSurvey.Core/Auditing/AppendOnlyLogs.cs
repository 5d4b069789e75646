using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Security;

namespace NvzhSurvey.Core.Auditing;

/// <summary>
/// Audit rows and security-log lines are only ever added: a save that would change or delete one is refused.
/// Security-log lines added with <see cref="SecurityLog.Add"/> get their time and actor here.
/// </summary>
internal static class AppendOnlyLogs
{
    public const string RefusedMessage = "Het auditlog en het beveiligingslog kunnen alleen worden aangevuld, niet gewijzigd of verwijderd.";

    public static void Check(SurveyDbContext db, ICurrentActor actor, TimeProvider clock)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is not (AuditEntry or SecurityLogEntry))
            {
                continue;
            }

            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(RefusedMessage);
            }

            if (entry is { State: EntityState.Added, Entity: SecurityLogEntry { ActorName: "" } })
            {
                entry.Property(nameof(SecurityLogEntry.At)).CurrentValue = clock.GetUtcNow();
                entry.Property(nameof(SecurityLogEntry.ActorUserId)).CurrentValue = actor.UserId;
                entry.Property(nameof(SecurityLogEntry.ActorName)).CurrentValue = actor.UserName ?? "systeem";
            }
        }
    }
}
