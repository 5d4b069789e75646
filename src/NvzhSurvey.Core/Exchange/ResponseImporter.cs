using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange;

/// <summary>
/// Imports a batch of organisations and their responses to one edition, all or nothing: every problem is
/// reported and nothing is written, or the whole batch is stored in one transaction. Only values that differ
/// are written, so importing the same batch twice changes nothing (and writes no audit rows) the second time.
/// Imports run one at a time (a PostgreSQL advisory lock) and retry on a race with other writers; see
/// docs/decisions/004-import-concurrency-advisory-lock.md.
/// </summary>
public sealed class ResponseImporter(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The advisory lock key of imports ("NVZHIMPT").</summary>
    public const long ImportLockKey = 0x4E565A48_494D5054;

    public const int MaxAttempts = 3;

    /// <param name="changedBy">Who imports, for <see cref="Response.LastChangedBy"/> (audit rows name the signed-in user).</param>
    /// <param name="dryRun">Do everything, then roll back: the outcome says what the import would change.</param>
    public async Task<ImportOutcome> ImportAsync(
        int year, ResponseBatch? batch, string changedBy, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ImportOnceAsync(year, batch, changedBy, dryRun, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && IsRaceWithAnotherWriter(ex))
            {
                // Somebody else created the same organisation or changed the same response between our read and
                // our write (imports themselves are serialised by the lock): start again from fresh data.
            }
        }
    }

    private static bool IsRaceWithAnotherWriter(DbUpdateException ex) =>
        ex is DbUpdateConcurrencyException
        || ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private async Task<ImportOutcome> ImportOnceAsync(
        int year, ResponseBatch? batch, string changedBy, bool dryRun, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", cancellationToken);
        // The edition's state is checked under the writers' edition lock: closing or publishing waits for the import.
        await EditionLock.ShareByYearAsync(db, year, cancellationToken);

        var edition = await LoadEditionAsync(db, year, cancellationToken);
        if (edition is null)
        {
            return new ImportOutcome.EditionNotFound(year);
        }

        if (!edition.AcceptsAnswers)
        {
            return new ImportOutcome.EditionClosed(year, edition.Status == EditionStatus.Published
                ? $"Editie {year} is gepubliceerd; de antwoorden kunnen niet meer worden gewijzigd."
                : $"Editie {year} is gesloten; de antwoorden kunnen niet meer worden gewijzigd.");
        }

        var questionnaire = new ImportQuestionnaire(edition);
        var (plan, shapeErrors) = ResponseBatchValidator.Validate(batch, questionnaire);
        if (plan is null)
        {
            return new ImportOutcome.Invalid(shapeErrors);
        }

        var questions = questionnaire.Questions.ToDictionary(q => q.Id);
        var applier = new ImportApplier(db, edition.Id, edition.Year, questions, clock.GetUtcNow(), changedBy);
        var summary = await applier.ApplyAsync(plan, cancellationToken);
        if (shapeErrors.Count > 0 || applier.Errors.Count > 0)
        {
            return new ImportOutcome.Invalid(InBatchOrder([.. shapeErrors, .. applier.Errors]));
        }

        // Nothing is tracked as changed when no value differs: no UPDATE, no audit row, not even a new row version.
        await db.SaveChangesAsync(cancellationToken);

        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportOutcome.Imported(summary, dryRun);
    }

    /// <summary>Problems per organisation in batch order (shape problems first within one organisation).</summary>
    private static List<ExchangeError> InBatchOrder(List<ExchangeError> errors) =>
        errors.OrderBy(e => OrganisationIndex(e.Path)).ToList();

    private static int OrganisationIndex(string path) =>
        path.StartsWith("organisations[", StringComparison.Ordinal) && path.IndexOf(']') is var end and > 14
            && int.TryParse(path.AsSpan(14, end - 14), System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : -1;

    /// <summary>The questionnaire of an edition (null when the edition does not exist).</summary>
    public async Task<ImportQuestionnaire?> LoadQuestionnaireAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadEditionAsync(db, year, cancellationToken) is { } edition ? new ImportQuestionnaire(edition) : null;
    }

    internal static Task<Edition?> LoadEditionAsync(SurveyDbContext db, int year, CancellationToken cancellationToken) =>
        db.Editions.AsNoTracking()
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            .SingleOrDefaultAsync(e => e.Year == year, cancellationToken);
}
