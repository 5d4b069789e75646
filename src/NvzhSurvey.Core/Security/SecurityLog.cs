using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Security;

/// <summary>
/// The security log: role changes, disabled accounts, resets, invitations, tokens, 2FA, questionnaire edits, edition
/// status changes, publishing and hidden texts, each with actor and time. Only inserts and reads: there is no method
/// to change or remove a line, <see cref="Auditing.AuditInterceptor"/> refuses to save one, and a database trigger
/// refuses UPDATE and DELETE (see docs/operations.md for an insert-only database role).
/// </summary>
public sealed class SecurityLog(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Writes one line in its own transaction, for an actor given by the caller.</summary>
    public async Task RecordAsync(SecurityActor actor, SecurityEvent kind, string description, SecuritySubject? subject = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Add(new SecurityLogEntry
        {
            At = clock.GetUtcNow(),
            Kind = kind,
            ActorUserId = actor.UserId,
            ActorName = Limit(actor.Name, 256),
            SubjectUserId = subject?.UserId,
            SubjectName = subject?.Name is { } name ? Limit(name, 256) : null,
            Description = Limit(description, 1000),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Adds a line to <paramref name="db"/>'s next SaveChanges, so it is written in the same transaction as the change
    /// it describes. Time and actor (the signed-in user of the scope) are filled in by the context's AuditInterceptor.
    /// One line at the call site: <c>SecurityLog.Add(db, SecurityEvent.EditionStatusChanged, $"Editie {year}: …");</c>
    /// </summary>
    public static void Add(SurveyDbContext db, SecurityEvent kind, string description, string? subjectName = null) =>
        db.Add(new SecurityLogEntry
        {
            Kind = kind,
            ActorName = "",
            SubjectName = subjectName is null ? null : Limit(subjectName, 256),
            Description = Limit(description, 1000),
        });

    public async Task<IReadOnlyList<SecurityLogLine>> SearchAsync(SecurityLogFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<SecurityLogEntry>().AsNoTracking();
        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (filter.UserId is { Length: > 0 } userId)
        {
            query = query.Where(e => e.ActorUserId == userId || e.SubjectUserId == userId);
        }

        if (filter.From is { } from)
        {
            var start = DutchTime.StartOfDay(from);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = DutchTime.StartOfDay(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        var lines = await query
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(filter.Limit)
            .Select(e => new
            {
                e.Id, e.At, e.Kind, e.ActorName, e.SubjectName, e.Description,
                Actor = db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
                // A line about an address (an invitation) shows the person's name once that address has an account.
#pragma warning disable CA1862 // translated to SQL upper(), as Identity normalises e-mail addresses
                Subject = db.Users.Where(u => u.Id == e.SubjectUserId || (e.SubjectUserId == null && u.NormalizedEmail == e.SubjectName!.ToUpper()))
                    .Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
#pragma warning restore CA1862
            })
            .ToListAsync(ct);
        return lines.Select(l => new SecurityLogLine(l.Id, l.At, l.Kind, l.Actor ?? l.ActorName, l.Subject ?? l.SubjectName, l.Description)).ToList();
    }

    /// <summary>Everyone who acted or was acted upon, by display name, for the person filter.</summary>
    public async Task<IReadOnlyList<SecurityLogPerson>> PeopleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.Set<SecurityLogEntry>();
        var ids = entries.Where(e => e.ActorUserId != null).Select(e => e.ActorUserId!)
            .Union(entries.Where(e => e.SubjectUserId != null).Select(e => e.SubjectUserId!));
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email ?? u.Id }).ToListAsync(ct);
        return people.Select(p => new SecurityLogPerson(p.Id, p.Name)).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private static string Limit(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
