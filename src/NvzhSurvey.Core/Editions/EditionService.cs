using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Editions;

/// <summary>Editions: the list, creating the next one by copying the previous questionnaire, status changes and narrative texts.</summary>
public sealed class EditionService(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
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

    /// <summary>Creates the edition after the latest one, as a draft, with a copy of its questionnaire and texts.</summary>
    public async Task<OperationResult> CreateNextAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var previous = await db.Editions.AsNoTracking().AsSplitQuery()
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            .Include(e => e.Texts)
            .OrderByDescending(e => e.Year)
            .FirstOrDefaultAsync(ct);
        var year = previous is null ? clock.GetUtcNow().Year : previous.Year + 1;
        var next = new Edition
        {
            Year = year,
            Status = EditionStatus.Draft,
            MembersTotal = previous?.MembersTotal ?? 0,
            LocationsAllMembers = previous?.LocationsAllMembers ?? 0,
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

    /// <summary>The status changes staff can make; publishing is final.</summary>
    public static IReadOnlyList<EditionStatus> AllowedNext(EditionStatus status) => status switch
    {
        EditionStatus.Draft => [EditionStatus.Open],
        EditionStatus.Open => [EditionStatus.Closed],
        EditionStatus.Closed => [EditionStatus.Open, EditionStatus.Published],
        _ => [],
    };

    public async Task<OperationResult> ChangeStatusAsync(int year, EditionStatus status, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return OperationResult.Fail($"Editie {year} bestaat niet.");
        }

        if (!AllowedNext(edition.Status).Contains(status))
        {
            return OperationResult.Fail($"Een editie met status ‘{edition.Status.DisplayName()}’ kan niet naar ‘{status.DisplayName()}’.");
        }

        Security.SecurityLog.Add(db, status == EditionStatus.Published ? Security.SecurityEvent.EditionPublished : Security.SecurityEvent.EditionStatusChanged, $"Editie {year}: {edition.Status.DisplayName()} → {status.DisplayName()}");
        edition.Status = status;
        if (status == EditionStatus.Published)
        {
            edition.PublishedAt = clock.GetUtcNow();
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Fail("De editie is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
        }

        return OperationResult.Ok;
    }

    /// <summary>
    /// Saves changed narrative texts of an edition, all or nothing. Each change carries the version of the text it
    /// was edited from (null when the text was not stored yet); when any of them changed in the meantime nothing is
    /// stored and <see cref="TextConflictMessage"/> is returned. On success, the new version of every saved text by key.
    /// </summary>
    public async Task<(OperationResult Result, IReadOnlyDictionary<string, uint> Versions)> SaveTextsAsync(
        int year, IReadOnlyCollection<EditionTextChange> changes, CancellationToken ct = default)
    {
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
