using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// The history of one response as people read it: one entry per save (newest first) listing what it changed, with
/// Dutch question and option labels, values in nl-NL, Dutch statuses, people by display name and times in
/// Europe/Amsterdam; taking over last year's answers is one entry ("62 antwoorden overgenomen van 2024").
/// </summary>
public sealed class InterviewHistory(IDbContextFactory<SurveyDbContext> dbFactory)
{
    /// <summary>Entity type of the marker row <see cref="InterviewPrefill"/> writes; Field holds the year taken over.</summary>
    public const string PrefillEntityType = "Prefill";

    public async Task<IReadOnlyList<HistoryEntry>> LoadAsync(int responseId, int take = 2000, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ResponseId == responseId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(ct);
        var editionId = await db.Responses.Where(r => r.Id == responseId).Select(r => r.EditionId).SingleOrDefaultAsync(ct);
        var questions = await db.Questions.AsNoTracking().Include(q => q.Options).Include(q => q.TextLists)
            .Where(q => q.Section!.EditionId == editionId).ToListAsync(ct);
        var userIds = rows.Select(r => r.UserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id, ct);
        return Describe(rows, new HistoryWording(questions), names);
    }

    /// <summary>Groups audit rows into saves (one SaveChanges writes its rows with one timestamp and one user).</summary>
    public static IReadOnlyList<HistoryEntry> Describe(
        IEnumerable<AuditEntry> rows, HistoryWording wording, IReadOnlyDictionary<string, string> displayNames) =>
        rows.GroupBy(r => (r.At, r.UserId, r.UserName))
            .OrderByDescending(g => g.Key.At)
            .Select(g =>
            {
                var who = g.Key.UserId is { } id && displayNames.TryGetValue(id, out var name) ? name : g.Key.UserName ?? "onbekend";
                var changes = wording.Changes(g.OrderBy(r => r.Id).ToList());
                var prefill = g.FirstOrDefault(r => r.EntityType == PrefillEntityType);
                var summary = prefill is not null
                    ? $"{changes.Count(c => c.QuestionKey is not null)} antwoorden overgenomen van {prefill.Field}"
                    : null;
                return new HistoryEntry(g.Key.At, DutchTime.Format(g.Key.At), who, summary,
                    changes.Where(c => c.What.Length > 0).ToList());
            })
            .Where(e => e.Changes.Count > 0 || e.Summary is not null)
            .ToList();
}

/// <param name="When">Europe/Amsterdam, "15-03-2025 10:42".</param>
/// <param name="Summary">For a prefill: "62 antwoorden overgenomen van 2024" (the changes stay expandable).</param>
public sealed record HistoryEntry(DateTimeOffset At, string When, string Who, string? Summary, IReadOnlyList<HistoryChange> Changes)
{
    public bool IsPrefill => Summary is not null;

    /// <summary>The entry narrowed to one question's changes (the per-field history), or null when it did not touch it.</summary>
    public HistoryEntry? For(string questionKey)
    {
        var changes = Changes.Where(c => c.QuestionKey == questionKey).ToList();
        return changes.Count == 0 ? null : this with { Changes = changes };
    }
}

/// <param name="QuestionKey">The question the change belongs to; null for interview details, status and locations.</param>
/// <param name="What">"Leeftijd organisaties", "Status", "Interviewer".</param>
/// <param name="Old">Nl-NL, labels not keys; null when there was nothing.</param>
/// <param name="New">Nl-NL, labels not keys; null when removed.</param>
public sealed record HistoryChange(string? QuestionKey, string What, string? Old, string? New);
