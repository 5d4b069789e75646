using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Auditing;

/// <summary>Question and option keys and response owners needed to write readable audit rows, loaded in one go.</summary>
internal sealed class AuditNames
{
    private Dictionary<int, string> _questions = [];
    private Dictionary<int, string> _options = [];
    private Dictionary<int, int> _responseOrganisations = [];

    public string Question(int id) => _questions.GetValueOrDefault(id, $"vraag {id}");
    public string Option(int id) => _options.GetValueOrDefault(id, $"optie {id}");
    public int? OrganisationOf(int responseId) => _responseOrganisations.TryGetValue(responseId, out var o) ? o : null;

    public static async Task<AuditNames> LoadAsync(SurveyDbContext db, List<EntityEntry> entries, CancellationToken ct)
    {
        var names = new AuditNames();
        var answers = entries.Select(e => e.Entity).OfType<Answer>().ToList();
        var texts = entries.Select(e => e.Entity).OfType<FreeText>().ToList();
        var responseIds = answers.Select(a => a.ResponseId)
            .Concat(texts.Select(t => t.ResponseId))
            .Concat(entries.Select(e => e.Entity).OfType<ResponseLocation>().Select(l => l.ResponseId))
            .Distinct().ToList();
        if (responseIds.Count == 0)
        {
            return names;
        }

        var questionIds = answers.Select(a => a.QuestionId).Concat(texts.Select(t => t.QuestionId)).Distinct().ToList();
        var optionIds = answers.Select(a => a.OptionId).Concat(texts.Select(t => t.OptionId))
            .OfType<int>().Distinct().ToList();

        // Tracked questions and options (new ones included) first; the rest from the database.
        names._questions = db.ChangeTracker.Entries<Questionnaires.Question>().Where(q => questionIds.Contains(q.Entity.Id))
            .ToDictionary(q => q.Entity.Id, q => q.Entity.Key);
        names._options = db.ChangeTracker.Entries<Questionnaires.QuestionOption>().Where(o => optionIds.Contains(o.Entity.Id))
            .ToDictionary(o => o.Entity.Id, o => o.Entity.Key);
        questionIds.RemoveAll(names._questions.ContainsKey);
        optionIds.RemoveAll(names._options.ContainsKey);
        foreach (var q in await db.Questions.AsNoTracking().Where(q => questionIds.Contains(q.Id)).Select(q => new { q.Id, q.Key }).ToListAsync(ct))
        {
            names._questions[q.Id] = q.Key;
        }

        foreach (var o in await db.QuestionOptions.AsNoTracking().Where(o => optionIds.Contains(o.Id)).Select(o => new { o.Id, o.Key }).ToListAsync(ct))
        {
            names._options[o.Id] = o.Key;
        }

        // Responses added in this same save are not in the database yet: take them from the tracker.
        names._responseOrganisations = db.ChangeTracker.Entries<Response>()
            .Where(r => responseIds.Contains(r.Entity.Id))
            .ToDictionary(r => r.Entity.Id, r => r.Entity.OrganisationId);
        var missing = responseIds.Where(id => !names._responseOrganisations.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var stored = await db.Responses.AsNoTracking().Where(r => missing.Contains(r.Id))
                .Select(r => new { r.Id, r.OrganisationId }).ToListAsync(ct);
            foreach (var r in stored)
            {
                names._responseOrganisations[r.Id] = r.OrganisationId;
            }
        }

        return names;
    }
}
