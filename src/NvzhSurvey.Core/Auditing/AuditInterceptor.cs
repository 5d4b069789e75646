using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every changed value of an organisation, its locations, or a response
/// and its answers, in the same SaveChanges (and so the same transaction) as the change.
/// </summary>
public sealed class AuditInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> IgnoredProperties =
        ["Version", "LastChangedAt", "LastChangedBy", "Id"];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SurveyDbContext db)
        {
            await AddAuditEntriesAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SurveyDbContext db)
        {
            AddAuditEntriesAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task AddAuditEntriesAsync(SurveyDbContext db, CancellationToken cancellationToken)
    {
        AppendOnlyLogs.Check(db, actor, clock);
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is Organisation or Location or Response or Answer or FreeText or ResponseLocation)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var names = await AuditNames.LoadAsync(db, changed, cancellationToken);
        var now = clock.GetUtcNow();

        // Marker rows a service adds itself (e.g. "answers taken over from 2024") belong to this same save.
        foreach (var marker in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.At == default))
        {
            marker.Entity.At = now;
            marker.Entity.UserId = actor.UserId;
            marker.Entity.UserName = actor.UserName;
        }

        foreach (var entry in changed)
        {
            foreach (var audit in Describe(entry, names))
            {
                audit.At = now;
                audit.UserId = actor.UserId;
                audit.UserName = actor.UserName;
                db.AuditEntries.Add(audit);
            }
        }
    }

    private static IEnumerable<AuditEntry> Describe(EntityEntry entry, AuditNames names) => entry.Entity switch
    {
        Organisation o => DescribeProperties(entry, "Organisation", o.Id, o.Id, null, o.Name),
        Location l => DescribeProperties(entry, "Location", l.Id, l.OrganisationId, null, l.Name),
        Response r => DescribeProperties(entry, "Response", r.Id, r.OrganisationId, r.Id, r.Status.ToString()),
        Answer a => [DescribeAnswer(entry, a, names)],
        FreeText t => DescribeFreeText(entry, t, names) is { } row ? [row] : [],
        ResponseLocation rl => [Row(entry, "ResponseLocation", rl.Id, names.OrganisationOf(rl.ResponseId), rl.ResponseId,
            "locatie", entry.State == EntityState.Added ? null : rl.Name, entry.State == EntityState.Deleted ? null : rl.Name)],
        _ => [],
    };

    private static IEnumerable<AuditEntry> DescribeProperties(
        EntityEntry entry, string type, int id, int? organisationId, int? responseId, string summary)
    {
        if (entry.State == EntityState.Added)
        {
            yield return Row(entry, type, id, organisationId, responseId, "*", null, summary);
            yield break;
        }

        if (entry.State == EntityState.Deleted)
        {
            yield return Row(entry, type, id, organisationId, responseId, "*", summary, null);
            yield break;
        }

        foreach (var property in entry.Properties)
        {
            if (!property.IsModified || IgnoredProperties.Contains(property.Metadata.Name))
            {
                continue;
            }

            var oldValue = Format(property.OriginalValue);
            var newValue = Format(property.CurrentValue);
            if (oldValue != newValue)
            {
                yield return Row(entry, type, id, organisationId, responseId, property.Metadata.Name, oldValue, newValue);
            }
        }
    }

    private static AuditEntry DescribeAnswer(EntityEntry entry, Answer answer, AuditNames names)
    {
        var value = answer.OptionId is { } optionId ? names.Option(optionId)
            : answer.IsNoneOfThese ? Questionnaires.AnswerRules.NoneOfTheseLabel
            : answer.TextValue ?? Format(answer.NumberValue);
        var oldValue = entry.State switch
        {
            EntityState.Added => null,
            EntityState.Modified => Format(entry.Property(nameof(Answer.NumberValue)).OriginalValue)
                ?? entry.Property(nameof(Answer.TextValue)).OriginalValue as string,
            _ => value,
        };
        var newValue = entry.State == EntityState.Deleted ? null : value;
        return Row(entry, "Answer", answer.Id, names.OrganisationOf(answer.ResponseId), answer.ResponseId,
            names.Question(answer.QuestionId), oldValue, newValue);
    }

    /// <summary>Null when nothing a person sees changed (only the order number, e.g.).</summary>
    private static AuditEntry? DescribeFreeText(EntityEntry entry, FreeText text, AuditNames names)
    {
        var field = names.Question(text.QuestionId)
            + (text.OptionId is { } optionId ? "/" + names.Option(optionId) : "")
            + (text.ListKey is { } list ? "/" + list : "");
        var oldValue = entry.State switch
        {
            EntityState.Added => null,
            EntityState.Modified => entry.Property(nameof(FreeText.Text)).OriginalValue as string,
            _ => text.Text,
        };
        var newValue = entry.State == EntityState.Deleted ? null : text.Text;
        if (entry.State == EntityState.Modified && oldValue == newValue)
        {
            field += "/verborgen";
            oldValue = Format(entry.Property(nameof(FreeText.HiddenFromPublication)).OriginalValue);
            newValue = Format(text.HiddenFromPublication);
            if (oldValue == newValue)
            {
                return null;
            }
        }

        return Row(entry, "FreeText", text.Id, names.OrganisationOf(text.ResponseId), text.ResponseId, field, oldValue, newValue);
    }

    private static AuditEntry Row(EntityEntry entry, string type, long id, int? organisationId, int? responseId,
        string field, string? oldValue, string? newValue) => new()
    {
        EntityType = type,
        EntityId = id.ToString(CultureInfo.InvariantCulture),
        OrganisationId = organisationId,
        ResponseId = responseId,
        Action = entry.State.ToString(),
        Field = field,
        OldValue = oldValue,
        NewValue = newValue,
    };

    private static string? Format(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
