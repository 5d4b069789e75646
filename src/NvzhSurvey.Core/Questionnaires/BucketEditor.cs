using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>
/// Changes the bucket bounds and texts of a count or age question (<see cref="QuestionKinds.IsBuckets"/>) while its
/// edition is a draft: once members answer, the buckets are what the answers were given against. Staff only; checked
/// with <see cref="BucketRules"/>; nothing is stored when any bucket is wrong. Keys never change.
/// </summary>
public sealed class BucketEditor(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public const string NotDraftMessage = "De indeling kan alleen worden gewijzigd zolang de editie een concept is.";

    /// <param name="buckets">The question's active buckets in their order, each with its option id.</param>
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

        var active = question.Options.Where(o => !o.IsRetired).Select(o => o.Id).ToHashSet();
        if (!active.SetEquals(buckets.Select(b => b.OptionId)) || buckets.Count != active.Count)
        {
            return BucketEditResult.Fail("De klassen zijn intussen gewijzigd; laad de pagina opnieuw.");
        }

        if (BucketRules.Check(buckets) is { Count: > 0 } errors)
        {
            return new BucketEditResult(new OperationResult(false, "Controleer de indeling."), errors);
        }

        foreach (var bucket in buckets)
        {
            var option = question.Options.Single(o => o.Id == bucket.OptionId);
            option.Label = bucket.Label.Trim();
            option.MinValue = bucket.Min;
            option.MaxValue = bucket.Max;
        }

        var order = 1;
        foreach (var option in buckets.Select(b => question.Options.Single(o => o.Id == b.OptionId))
                     .Concat(question.Options.Where(o => o.IsRetired).OrderBy(o => o.Order)))
        {
            option.Order = order++;
        }

        Security.SecurityLog.Add(db, Security.SecurityEvent.QuestionnaireEdited, Security.QuestionnaireChanges.Describe(db, question.Section.Edition.Year));
        await db.SaveChangesAsync(ct);
        return new BucketEditResult(OperationResult.Ok, []);
    }
}

public sealed record BucketEditResult(OperationResult Result, IReadOnlyList<BucketError> Errors)
{
    public static BucketEditResult Fail(string message) => new(OperationResult.Fail(message), []);
}
