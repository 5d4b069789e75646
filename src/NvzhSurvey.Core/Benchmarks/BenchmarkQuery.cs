using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// Builds one organisation's benchmark for an edition (<see cref="OrganisationBenchmark"/>) for an actor: from the
/// rows stored at publishing for a published edition, live from the completed responses for a closed one
/// (staff preview). The network part is computed once per edition and kept in <see cref="BenchmarkNetworkCache"/>;
/// a request reads only the organisation's own rows, a constant number of small queries whatever the number of
/// organisations.
/// </summary>
public sealed class BenchmarkQuery(IDbContextFactory<SurveyDbContext> dbFactory, BenchmarkNetworkCache? cache = null)
{
    private readonly BenchmarkNetworkCache cache = cache ?? new BenchmarkNetworkCache();

    public async Task<BenchmarkResult> GetAsync(Actor actor, int year, string organisationKey, CancellationToken ct = default)
    {
        if (!BenchmarkAccess.MaySeeAny(actor))
        {
            return BenchmarkResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Key == organisationKey)
            .Select(o => new { o.Id, o.Key, o.Name }).SingleOrDefaultAsync(ct);
        if (organisation is null || !BenchmarkAccess.MaySee(actor, organisation.Id))
        {
            // A member learns nothing about other keys: unknown and someone else's are refused alike.
            return actor.HasStaffRights ? BenchmarkResult.NotFound("Deze organisatie bestaat niet.") : BenchmarkResult.Forbidden;
        }

        var edition = await db.Editions.AsNoTracking().Where(e => e.Year == year)
            .Select(e => new { e.Id, e.Year, e.Status }).SingleOrDefaultAsync(ct);
        if (edition is null)
        {
            return BenchmarkResult.NotFound($"Editie {year} bestaat niet.");
        }

        if (!BenchmarkAccess.IsAvailable(actor, edition.Status))
        {
            return BenchmarkResult.NotAvailable(actor.HasStaffRights
                ? $"De vergelijking van {year} is beschikbaar zodra de editie gesloten is."
                : $"De vergelijking van {year} is beschikbaar zodra de resultaten gepubliceerd zijn.");
        }

        var stored = edition.Status == EditionStatus.Published;
        if (stored)
        {
            await BenchmarkBackfill.EnsureStoredAsync(db, edition.Id, year, ct);
        }

        var own = await BenchmarkStatistics.OwnValuesAsync(db, edition.Id, year, stored, organisation.Id, ct);
        if (own.All(v => v.Figure != BenchmarkFigures.Participant))
        {
            return BenchmarkResult.NotFound(actor.HasStaffRights
                ? $"{organisation.Name} heeft niet deelgenomen aan {year} (geen afgerond interview)."
                : $"Uw organisatie heeft niet deelgenomen aan {year}.");
        }

        var network = await NetworkAsync(db, edition.Id, year, stored, ct);
        var figures = BenchmarkStatistics.Combine(network, own);
        var choices = BenchmarkStatistics.Combine(network, await BenchmarkStatistics.OwnChoicesAsync(db, edition.Id, year, stored, organisation.Id, ct));
        var questions = await ChoiceQuestionsAsync(db, edition.Id, ct);
        var previous = await db.Editions.AsNoTracking().Where(e => e.Year < year).OrderByDescending(e => e.Year)
            .Select(e => new { e.Id, e.Year, e.Status }).FirstOrDefaultAsync(ct);
        var previousValues = previous is null
            ? []
            : await BenchmarkStatistics.OwnValuesAsync(db, previous.Id, previous.Year, previous.Status == EditionStatus.Published, organisation.Id, ct);

        return new BenchmarkResult(BenchmarkOutcome.Ok, new OrganisationBenchmark(
            new BenchmarkOrganisation(organisation.Key, organisation.Name),
            year,
            previous?.Year,
            stored,
            KeyFigures(figures),
            BenchmarkComposer.Figures(figures, previousValues),
            BenchmarkComposer.Choices(questions, choices)), null);
    }

    /// <summary>The benchmark of the member's own organisation (the organisation comes from the actor, never the URL).</summary>
    public async Task<BenchmarkResult> GetOwnAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!actor.IsMember)
        {
            return BenchmarkResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.Organisations.Where(o => o.Id == actor.OrganisationId).Select(o => o.Key).SingleOrDefaultAsync(ct);
        return key is null ? BenchmarkResult.Forbidden : await GetAsync(actor, year, key, ct);
    }

    /// <summary>The published editions in which the member's own organisation took part (stored rows), newest first.</summary>
    public async Task<IReadOnlyList<int>> PublishedYearsAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsMember)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await BenchmarkBackfill.EnsureAllPublishedStoredAsync(db, ct);
        return await db.Editions.AsNoTracking()
            .Where(e => e.Status == EditionStatus.Published && db.BenchmarkFigureValues.Any(v =>
                v.EditionId == e.Id && v.OrganisationId == actor.OrganisationId && v.Figure == BenchmarkFigures.Participant))
            .OrderByDescending(e => e.Year).Select(e => e.Year).ToListAsync(ct);
    }

    /// <summary>The participants of an edition (completed responses, or the stored rows when published), for staff.</summary>
    public async Task<IReadOnlyList<BenchmarkOrganisation>?> ParticipantsAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null || !BenchmarkAccess.IsAvailable(actor, edition.Status))
        {
            return null;
        }

        if (edition.Status == EditionStatus.Published)
        {
            await BenchmarkBackfill.EnsureStoredAsync(db, edition.Id, year, ct);
        }

        var ids = edition.Status == EditionStatus.Published
            ? db.BenchmarkFigureValues.Where(v => v.EditionId == edition.Id && v.Figure == BenchmarkFigures.Participant).Select(v => v.OrganisationId)
            : db.Responses.Where(r => r.EditionId == edition.Id && r.Status == Responses.ResponseStatus.Completed).Select(r => r.OrganisationId);
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new BenchmarkOrganisation(o.Key, o.Name)).ToListAsync(ct);
    }

    /// <summary>
    /// The network part from the cache. Its version: the latest publication snapshot for a published edition (the
    /// stored rows change only when it is published again), the completed responses' count and last change for a
    /// closed one (kept briefly, see <see cref="BenchmarkNetworkCache"/>).
    /// </summary>
    private async Task<BenchmarkNetwork> NetworkAsync(SurveyDbContext db, int editionId, int year, bool stored, CancellationToken ct)
    {
        string version;
        if (stored)
        {
            var snapshot = await db.PublicationSnapshots.AsNoTracking().Where(s => s.EditionId == editionId)
                .OrderByDescending(s => s.Id).Select(s => new { s.Id, s.CreatedAt }).FirstOrDefaultAsync(ct);
            version = $"published {snapshot?.Id} {snapshot?.CreatedAt:O}";
        }
        else
        {
            var responses = await db.Responses.AsNoTracking()
                .Where(r => r.EditionId == editionId && r.Status == Responses.ResponseStatus.Completed)
                .GroupBy(r => 1).Select(g => new { Count = g.Count(), Last = g.Max(r => r.LastChangedAt) }).FirstOrDefaultAsync(ct);
            version = $"live {responses?.Count} {responses?.Last:O}";
        }

        // Not the request's token: the computation is shared with every request that asks meanwhile.
        return await cache.GetAsync(editionId, version, stored, () => BenchmarkStatistics.NetworkAsync(dbFactory, editionId, year, stored))
            .WaitAsync(ct);
    }

    private static Task<List<Question>> ChoiceQuestionsAsync(SurveyDbContext db, int editionId, CancellationToken ct) =>
        db.Questions.AsNoTracking()
            .Where(q => q.Section!.EditionId == editionId && (q.Kind == QuestionKind.SingleChoice || q.Kind == QuestionKind.MultipleChoice))
            .Include(q => q.Section).Include(q => q.Options)
            .OrderBy(q => q.Section!.Order).ThenBy(q => q.Order)
            .ToListAsync(ct);

    private static BenchmarkKeyFigures KeyFigures(IReadOnlyList<BenchmarkStatistics.FigureRow> figures)
    {
        decimal Total(string key) => figures.SingleOrDefault(f => f.Figure == key)?.Total ?? 0;
        return new BenchmarkKeyFigures((int)Total(BenchmarkFigures.Participant), (int)Total("locations"), Total("fte"), Total("revenue"));
    }
}
