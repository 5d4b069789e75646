using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>
/// Staff edits of an edition's questionnaire: labels, help texts, order, new and retired questions and options.
/// Keys never change (they link answers across editions); an option with answers cannot be deleted, only retired;
/// a published edition's questionnaire is read-only. Every edit takes the actor: staff (or a Full API token) only.
/// </summary>
public sealed partial class QuestionnaireEditor(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public const string ReadOnlyMessage = "Deze editie is gepubliceerd: de vragenlijst kan niet meer worden gewijzigd.";

    public async Task<Edition?> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Editions.AsNoTracking().AsSplitQuery()
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            .SingleOrDefaultAsync(e => e.Year == year, ct);
    }

    /// <summary>Number of answers per option id in the edition (options with answers cannot be deleted).</summary>
    public async Task<IReadOnlyDictionary<int, int>> AnswerCountsAsync(int editionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Answers.AsNoTracking()
            .Where(a => a.OptionId != null && db.Responses.Any(r => r.Id == a.ResponseId && r.EditionId == editionId))
            .GroupBy(a => a.OptionId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    /// <param name="label">The publication heading.</param>
    /// <param name="wording">The interview wording (what staff read out and members read).</param>
    /// <param name="helpText">An instruction for the interviewer, never shown to members.</param>
    public Task<OperationResult> UpdateQuestionAsync(Actor actor, int questionId, string label, string? wording, string? helpText, bool isRequired,
        CancellationToken ct = default) =>
        WithQuestionAsync(actor, questionId, (_, question) =>
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                return OperationResult.Fail("Vul een kop voor de publicatie in.");
            }

            if (wording?.Trim().Length > 500)
            {
                return OperationResult.Fail("De vraag is te lang (hoogstens 500 tekens).");
            }

            question.Label = label.Trim();
            question.Wording = string.IsNullOrWhiteSpace(wording) ? null : wording.Trim();
            question.HelpText = string.IsNullOrWhiteSpace(helpText) ? null : helpText.Trim();
            question.IsRequired = isRequired;
            return OperationResult.Ok;
        }, ct);

    public async Task<OperationResult> AddQuestionAsync(Actor actor, int sectionId, string key, string label, QuestionKind kind, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var section = await db.Sections.Include(s => s.Edition).Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == sectionId, ct);
        if (section is null)
        {
            return OperationResult.Fail("Deze sectie bestaat niet.");
        }

        if (section.Edition!.IsReadOnly)
        {
            return OperationResult.Fail(ReadOnlyMessage);
        }

        key = key.Trim().ToLowerInvariant();
        if (CheckKey(key) is { } keyError)
        {
            return OperationResult.Fail(keyError);
        }

        if (await db.Questions.AnyAsync(q => q.Section!.EditionId == section.EditionId && q.Key == key, ct))
        {
            return OperationResult.Fail($"De sleutel ‘{key}’ is al in gebruik in deze vragenlijst.");
        }

        if (string.IsNullOrWhiteSpace(label))
        {
            return OperationResult.Fail("Vul een vraagtekst in.");
        }

        section.Questions.Add(new Question
        {
            Key = key,
            Label = label.Trim(),
            Kind = kind,
            Order = section.Questions.Count == 0 ? 1 : section.Questions.Max(q => q.Order) + 1,
            IsRequired = false,
        });
        Security.SecurityLog.Add(db, Security.SecurityEvent.QuestionnaireEdited, Security.QuestionnaireChanges.Describe(db, section.Edition.Year));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public Task<OperationResult> MoveQuestionAsync(Actor actor, int questionId, int direction, CancellationToken ct = default) =>
        WithQuestionAsync(actor, questionId, async (db, question) =>
        {
            var siblings = await db.Questions.Where(q => q.SectionId == question.SectionId).OrderBy(q => q.Order).ToListAsync(ct);
            return Swap(siblings, siblings.IndexOf(question), direction, q => q.Order, (q, o) => q.Order = o);
        }, ct);

    public Task<OperationResult> RetireQuestionAsync(Actor actor, int questionId, bool retired, CancellationToken ct = default) =>
        WithQuestionAsync(actor, questionId, (_, question) =>
        {
            question.IsRetired = retired;
            return OperationResult.Ok;
        }, ct);

    public Task<OperationResult> AddOptionAsync(Actor actor, int questionId, string key, string label, CancellationToken ct = default) =>
        WithQuestionAsync(actor, questionId, async (db, question) =>
        {
            var options = await db.QuestionOptions.Where(o => o.QuestionId == questionId).ToListAsync(ct);
            key = string.IsNullOrWhiteSpace(key) ? OptionKeys.FromLabel(label, options.Select(o => o.Key)) : key.Trim().ToLowerInvariant();
            if (CheckKey(key) is { } keyError)
            {
                return OperationResult.Fail(keyError);
            }

            if (options.Any(o => o.Key == key))
            {
                return OperationResult.Fail($"De sleutel ‘{key}’ is al in gebruik bij deze vraag.");
            }

            if (string.IsNullOrWhiteSpace(label))
            {
                return OperationResult.Fail("Vul een tekst voor het antwoord in.");
            }

            db.QuestionOptions.Add(new QuestionOption
            {
                QuestionId = questionId,
                Key = key,
                Label = label.Trim(),
                Order = options.Count == 0 ? 1 : options.Max(o => o.Order) + 1,
            });
            return OperationResult.Ok;
        }, ct);

    public Task<OperationResult> UpdateOptionAsync(Actor actor, int optionId, string label, CancellationToken ct = default) =>
        WithOptionAsync(actor, optionId, (_, option) =>
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                return OperationResult.Fail("Vul een tekst voor het antwoord in.");
            }

            option.Label = label.Trim();
            return OperationResult.Ok;
        }, ct);

    public Task<OperationResult> MoveOptionAsync(Actor actor, int optionId, int direction, CancellationToken ct = default) =>
        WithOptionAsync(actor, optionId, async (db, option) =>
        {
            var siblings = await db.QuestionOptions.Where(o => o.QuestionId == option.QuestionId).OrderBy(o => o.Order).ToListAsync(ct);
            return Swap(siblings, siblings.IndexOf(option), direction, o => o.Order, (o, order) => o.Order = order);
        }, ct);

    public Task<OperationResult> RetireOptionAsync(Actor actor, int optionId, bool retired, CancellationToken ct = default) =>
        WithOptionAsync(actor, optionId, (_, option) =>
        {
            option.IsRetired = retired;
            return OperationResult.Ok;
        }, ct);

    /// <summary>Deletes an option nobody chose; an option with answers or texts can only be retired.</summary>
    public Task<OperationResult> DeleteOptionAsync(Actor actor, int optionId, CancellationToken ct = default) =>
        WithOptionAsync(actor, optionId, async (db, option) =>
        {
            if (await OptionUse.IsReferencedAsync(db, optionId, ct))
            {
                return OperationResult.Fail("Dit antwoord is al gekozen en kan niet worden verwijderd; laat het vervallen.");
            }

            db.QuestionOptions.Remove(option);
            return OperationResult.Ok;
        }, ct);

    /// <summary>Keys are lower case letters, digits, "_", "-" and "+", as in "26+" or "also_mentioned".</summary>
    public static string? CheckKey(string key) => KeyPattern().IsMatch(key)
        ? null
        : "Een sleutel bestaat uit kleine letters, cijfers, ‘_’, ‘-’ of ‘+’ (bijvoorbeeld ‘peer_support’).";

    private static OperationResult Swap<T>(List<T> items, int index, int direction, Func<T, int> order, Action<T, int> setOrder)
    {
        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= items.Count)
        {
            return OperationResult.Ok;
        }

        // Renumber first so equal orders cannot make the swap a no-op.
        for (var i = 0; i < items.Count; i++)
        {
            if (order(items[i]) != i + 1)
            {
                setOrder(items[i], i + 1);
            }
        }

        setOrder(items[index], other + 1);
        setOrder(items[other], index + 1);
        return OperationResult.Ok;
    }

    private Task<OperationResult> WithQuestionAsync(Actor actor, int questionId,
        Func<SurveyDbContext, Question, OperationResult> change, CancellationToken ct) =>
        WithQuestionAsync(actor, questionId, (db, question) => Task.FromResult(change(db, question)), ct);

    /// <summary>Loads the question with its edition, applies <paramref name="change"/> (which may query, never synchronously) and saves.</summary>
    private async Task<OperationResult> WithQuestionAsync(Actor actor, int questionId,
        Func<SurveyDbContext, Question, Task<OperationResult>> change, CancellationToken ct)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var question = await db.Questions.Include(q => q.Section).ThenInclude(s => s!.Edition)
            .SingleOrDefaultAsync(q => q.Id == questionId, ct);
        if (question is null)
        {
            return OperationResult.Fail("Deze vraag bestaat niet.");
        }

        return await SaveAsync(db, question.Section!.Edition!, () => change(db, question), ct);
    }

    private Task<OperationResult> WithOptionAsync(Actor actor, int optionId,
        Func<SurveyDbContext, QuestionOption, OperationResult> change, CancellationToken ct) =>
        WithOptionAsync(actor, optionId, (db, option) => Task.FromResult(change(db, option)), ct);

    private async Task<OperationResult> WithOptionAsync(Actor actor, int optionId,
        Func<SurveyDbContext, QuestionOption, Task<OperationResult>> change, CancellationToken ct)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var option = await db.QuestionOptions.Include(o => o.Question).ThenInclude(q => q!.Section).ThenInclude(s => s!.Edition)
            .SingleOrDefaultAsync(o => o.Id == optionId, ct);
        if (option is null)
        {
            return OperationResult.Fail("Dit antwoord bestaat niet.");
        }

        return await SaveAsync(db, option.Question!.Section!.Edition!, () => change(db, option), ct);
    }

    private static async Task<OperationResult> SaveAsync(SurveyDbContext db, Edition edition, Func<Task<OperationResult>> change, CancellationToken ct)
    {
        if (edition.IsReadOnly)
        {
            return OperationResult.Fail(ReadOnlyMessage);
        }

        var result = await change();
        if (result.Succeeded)
        {
            Security.SecurityLog.Add(db, Security.SecurityEvent.QuestionnaireEdited, Security.QuestionnaireChanges.Describe(db, edition.Year));
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_+-]{0,63}$")]
    private static partial Regex KeyPattern();
}
