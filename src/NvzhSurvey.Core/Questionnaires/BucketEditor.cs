using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>
/// Changes the bucket bounds and texts of a count or age question (<see cref="QuestionKinds.IsBuckets"/>) while its
/// edition is a draft: once members answer, the buckets are what the answers were given against. Staff only; checked
/// with <see cref="BucketRules"/>; nothing is stored when any bucket is wrong. Keys never change: a new bucket gets a
/// key derived from its text (<see cref="OptionKeys"/>), a removed bucket is deleted when no answer refers to it and
/// retired otherwise.
/// </summary>
public sealed class BucketEditor(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public const string NotDraftMessage = "De indeling kan alleen worden gewijzigd zolang de editie een concept is.";
    public const string AtLeastOneMessage = "Houd minstens één klasse over.";
    public const string ChangedMessage = "De klassen zijn intussen gewijzigd; laad de pagina opnieuw.";

    /// <param name="buckets">The question's buckets in their new order: an existing bucket with its option id, a new
    /// one with an id of zero or below (<see cref="BucketBounds.IsNew"/>). Active buckets left out are removed.</param>
    public async Task<BucketEditResult> SaveAsync(Actor actor, int questionId, IReadOnlyList<BucketBounds> buckets, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return BucketEditResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var question = await db.Questions.Include(q => q.Options).Include(q => q.Section).ThenInclude(s => s!.Edition)
            .SingleOrDefaultAsync(q => q.Id == questionId, ct);
        if (question is null || !question.Kind.IsBuckets())
        {
            return BucketEditResult.Fail("Deze vraag heeft geen indeling in klassen.");
        }

        if (question.Section!.Edition!.Status != EditionStatus.Draft)
        {
            return BucketEditResult.Fail(NotDraftMessage);
        }

        if (buckets.Count == 0)
        {
            return BucketEditResult.Fail(AtLeastOneMessage);
        }

        var active = question.Options.Where(o => !o.IsRetired).ToDictionary(o => o.Id);
        var kept = buckets.Where(b => !b.IsNew).Select(b => b.OptionId).ToList();
        if (kept.Distinct().Count() != kept.Count || kept.Any(id => !active.ContainsKey(id))
            || buckets.Where(b => b.IsNew).Select(b => b.OptionId).Distinct().Count() != buckets.Count(b => b.IsNew))
        {
            return BucketEditResult.Fail(ChangedMessage);
        }

        if (BucketRules.Check(buckets) is { Count: > 0 } errors)
        {
            return new BucketEditResult(new OperationResult(false, "Controleer de indeling."), errors);
        }

        var ordered = new List<QuestionOption>();
        foreach (var bucket in buckets)
        {
            var option = bucket.IsNew ? NewOption(question, bucket.Label.Trim()) : active[bucket.OptionId];
            option.Label = bucket.Label.Trim();
            option.MinValue = bucket.Min;
            option.MaxValue = bucket.Max;
            ordered.Add(option);
        }

        foreach (var removed in active.Values.Where(o => !kept.Contains(o.Id)))
        {
            if (await OptionUse.IsReferencedAsync(db, removed.Id, ct))
            {
                removed.IsRetired = true;
            }
            else
            {
                question.Options.Remove(removed);
                db.QuestionOptions.Remove(removed);
            }
        }

        var order = 1;
        foreach (var option in ordered.Concat(question.Options.Where(o => o.IsRetired).OrderBy(o => o.Order)))
        {
            option.Order = order++;
        }

        Security.SecurityLog.Add(db, Security.SecurityEvent.QuestionnaireEdited, Security.QuestionnaireChanges.Describe(db, question.Section.Edition.Year));
        await db.SaveChangesAsync(ct);
        return new BucketEditResult(OperationResult.Ok, []);
    }

    private static QuestionOption NewOption(Question question, string label)
    {
        var option = new QuestionOption { Key = OptionKeys.FromLabel(label, question.Options.Select(o => o.Key)), Label = label };
        question.Options.Add(option);
        return option;
    }
}

public sealed record BucketEditResult(OperationResult Result, IReadOnlyList<BucketError> Errors)
{
    public static BucketEditResult Fail(string message) => new(OperationResult.Fail(message), []);
}
