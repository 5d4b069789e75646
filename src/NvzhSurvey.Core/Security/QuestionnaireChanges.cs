using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Security;

/// <summary>A Dutch one-line summary of the questionnaire changes a context is about to save, for the security log.</summary>
public static class QuestionnaireChanges
{
    private static readonly Dictionary<string, string> PropertyNames = new()
    {
        [nameof(Question.Label)] = "tekst",
        [nameof(Question.HelpText)] = "hulptekst",
        [nameof(Question.IsRequired)] = "verplicht",
        [nameof(Question.IsRetired)] = "vervallen",
        [nameof(Question.Order)] = "volgorde",
    };

    public static string Describe(SurveyDbContext db, int year)
    {
        var parts = new List<string>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var what = entry.Entity switch
            {
                Question q => $"vraag ‘{q.Key}’",
                QuestionOption o => $"antwoord ‘{o.Question?.Key ?? QuestionKey(db, o.QuestionId)}/{o.Key}’",
                _ => null,
            };
            if (what is not null)
            {
                parts.Add($"{what} {Change(entry)}");
            }
        }

        return $"Vragenlijst {year}: " + (parts.Count == 0 ? "gewijzigd" : string.Join("; ", parts));
    }

    private static string Change(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => "toegevoegd",
        EntityState.Deleted => "verwijderd",
        _ => string.Join(", ", entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => PropertyNames.GetValueOrDefault(p.Metadata.Name, p.Metadata.Name))) + " gewijzigd",
    };

    private static string QuestionKey(SurveyDbContext db, int questionId) =>
        db.ChangeTracker.Entries<Question>().FirstOrDefault(q => q.Entity.Id == questionId)?.Entity.Key ?? $"vraag {questionId}";
}
