using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Editions;

/// <summary>Editions: the list, creating the next one by copying the previous questionnaire, status changes and narrative texts.</summary>
public sealed class EditionService(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock, SmallNumberRule? rule = null)
{
    public const string TextConflictMessage =
        "Een tekst is intussen door iemand anders gewijzigd; er is niets opgeslagen. Laad de pagina opnieuw om de nieuwste teksten te zien; uw invoer staat nog in het formulier.";

    public const string TextsReadOnlyMessage = "Deze editie is intussen gepubliceerd; de teksten zijn niet opgeslagen.";

    public async Task<IReadOnlyList<EditionSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var editions = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).ToListAsync(ct);
        var counts = await db.Responses.AsNoTracking()
            .GroupBy(r => new { r.EditionId, r.Status })
            .Select(g => new { g.Key.EditionId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        return editions.Select(e => new EditionSummary(e.Year, e.Status, e.PublishedAt,
            counts.Where(c => c.EditionId == e.Id && c.Status == ResponseStatus.Completed).Sum(c => c.Count),
            counts.Where(c => c.EditionId == e.Id && c.Status != ResponseStatus.NotStarted).Sum(c => c.Count))).ToList();
    }

    /// <summary>The edition of <paramref name="year"/> without its questionnaire and texts (status, id), or null.</summary>
    public async Task<Edition?> FindAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
    }

    /// <summary>Creates the edition after the latest one, as a draft, with a copy of its questionnaire and texts (staff only).</summary>
    public async Task<OperationResult> CreateNextAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var previous = await db.Editions.AsNoTracking().AsSplitQuery()
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            .Include(e => e.Texts)
            .OrderByDescending(e => e.Year)
            .FirstOrDefaultAsync(ct);
        var year = previous is null ? DutchTime.Today(clock).Year : previous.Year + 1;
        var next = new Edition
        {
            Year = year,
            Status = EditionStatus.Draft,
            Sections = previous is null ? QuestionnaireCopier.From2024Seed(year) : QuestionnaireCopier.Copy(previous.Sections, previous.Year, year),
            Texts = previous is null
                ? DefaultEditionTexts.Create()
                : previous.Texts.Select(t => new EditionText { Key = t.Key, Markdown = t.Markdown }).ToList(),
        };
        db.Editions.Add(next);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return OperationResult.Fail($"Editie {next.Year} bestaat al.");
        }

        return OperationResult.Ok;
    }

    /// <summary>The status changes staff can make; publishing is final (see <see cref="EditionStateMachine"/>).</summary>
    public static IReadOnlyList<EditionStatus> AllowedNext(EditionStatus status) => EditionStateMachine.AllowedNext(status);

    /// <summary>
    /// Moves an edition to <paramref name="status"/> when <see cref="EditionStateMachine"/> allows it, under the edition
    /// lock (so no autosave, member write or import is halfway). Closing fixes the member list, reopening releases it;
    /// publishing stores the publication snapshot in the same transaction (<see cref="PublicationSnapshots.PublishAsync"/>).
    /// Only staff (or a Full API token) may; the actor's display name is recorded as the publisher.
    /// </summary>
    public async Task<OperationResult> ChangeStatusAsync(Actor actor, int year, EditionStatus status, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        var user = actor.DisplayName;
        if (status == EditionStatus.Published)
        {
            try
            {
                await new PublicationSnapshots(dbFactory, clock, rule).PublishAsync(year, user, ct);
                return OperationResult.Ok;
            }
            catch (PublicationException exception)
            {
                return OperationResult.Fail(exception.Message);
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EditionLock.LockAsync(db, year, ct);
        var edition = await db.Editions.SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return OperationResult.Fail($"Editie {year} bestaat niet.");
        }

        if (!EditionStateMachine.CanMove(edition.Status, status))
        {
            return OperationResult.Fail(EditionStateMachine.Refusal(edition.Status, status));
        }

        if (status == EditionStatus.Closed)
        {
            await EditionMembers.FixAsync(db, edition, ct);
        }
        else if (EditionStateMachine.MembersAreFixed(edition.Status))
        {
            await EditionMembers.ReleaseAsync(db, edition.Id, ct);
        }

        Security.SecurityLog.Add(db, status == EditionStatus.Published ? Security.SecurityEvent.EditionPublished : Security.SecurityEvent.EditionStatusChanged, $"Editie {year}: {edition.Status.DisplayName()} → {status.DisplayName()}");
        edition.Status = status;
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Fail("De editie is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
        }

        return OperationResult.Ok;
    }

    /// <summary>How many of the edition's responses and members are not completed (the warning before closing).</summary>
    public async Task<int> NotCompletedCountAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return 0;
        }

        var members = (await EditionMembers.LoadAsync(db, edition.Id, edition.Year, edition.Status, ct)).Select(m => m.OrganisationId).ToList();
        var started = await db.Responses.AsNoTracking()
            .Where(r => r.EditionId == edition.Id && r.Status != ResponseStatus.NotStarted)
            .Select(r => new { r.OrganisationId, r.Status }).ToListAsync(ct);
        var completed = started.Where(r => r.Status == ResponseStatus.Completed).Select(r => r.OrganisationId).ToHashSet();
        return members.Union(started.Select(r => r.OrganisationId)).Count(id => !completed.Contains(id));
    }

    /// <summary>
    /// Saves changed narrative texts of an edition, all or nothing. Each change carries the version of the text it
    /// was edited from (null when the text was not stored yet); when any of them changed in the meantime nothing is
    /// stored and <see cref="TextConflictMessage"/> is returned. On success, the new version of every saved text by key.
    /// Only staff (or a Full API token) may save; anyone else gets <see cref="Actor.NotAllowedMessage"/>.
    /// </summary>
    public async Task<(OperationResult Result, IReadOnlyDictionary<string, uint> Versions)> SaveTextsAsync(
        Actor actor, int year, IReadOnlyCollection<EditionTextChange> changes, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return (OperationResult.Fail(Actor.NotAllowedMessage), new Dictionary<string, uint>());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EditionLock.LockAsync(db, year, ct); // waits for a publication in progress, then reads its outcome
        var edition = await db.Editions.Include(e => e.Texts).SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return (OperationResult.Fail($"Editie {year} bestaat niet."), new Dictionary<string, uint>());
        }

        if (edition.IsReadOnly)
        {
            return (OperationResult.Fail(TextsReadOnlyMessage), new Dictionary<string, uint>());
        }

        var saved = new List<EditionText>();
        foreach (var change in changes)
        {
            var text = edition.Texts.SingleOrDefault(t => t.Key == change.Key);
            if ((text is null) != (change.Version is null))
            {
                // Created by someone else after the form was loaded (or, the other way round, gone).
                return (OperationResult.Fail(TextConflictMessage), new Dictionary<string, uint>());
            }

            if (text is null)
            {
                text = new EditionText { Key = change.Key, Markdown = change.Markdown };
                edition.Texts.Add(text);
            }
            else
            {
                // The UPDATE then says WHERE xmin = version, which also catches a change between this read and the save.
                db.Entry(text).Property(t => t.Version).OriginalValue = change.Version!.Value;
                text.Markdown = change.Markdown;
            }

            saved.Add(text);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException
            || ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (OperationResult.Fail(TextConflictMessage), new Dictionary<string, uint>());
        }

        return (OperationResult.Ok, saved.ToDictionary(t => t.Key, t => t.Version));
    }
}

/// <summary>A narrative text as edited: its key, the new Markdown and the version it was edited from (null: not stored yet).</summary>
public sealed record EditionTextChange(string Key, string Markdown, uint? Version);

public sealed record EditionSummary(int Year, EditionStatus Status, DateTimeOffset? PublishedAt, int Completed, int Started);
