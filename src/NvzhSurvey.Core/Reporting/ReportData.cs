using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// Everything a report needs from the database for one edition, fetched with a constant number of set-based
/// queries (the questionnaire, a count, the location distribution, option counts, number counts, the free texts),
/// whatever the number of organisations. After the questionnaire, the queries are independent: they run at the same
/// time, each on its own connection.
/// </summary>
internal sealed class ReportData
{
    public required Edition Edition { get; init; }
    public required IReadOnlyList<LocationCountFigure> LocationCounts { get; init; }
    public required IReadOnlyList<AnswerAggregate> Aggregates { get; init; }
    public required IReadOnlyList<TextRow> Texts { get; init; }

    /// <summary>The edition's member list with each member's locations (<see cref="EditionMembers"/>).</summary>
    public required IReadOnlyList<EditionMemberRow> Members { get; init; }

    /// <summary>Locations per province (participants and all members); only loaded for the edition reported on.</summary>
    public IReadOnlyList<ProvinceCount>? ProvinceCounts { get; init; }

    /// <summary>Distinct member organisations with an open location (an organisation in two provinces counts once).</summary>
    public int MemberOrganisationsWithLocation { get; init; }

    /// <summary>Locations and distinct organisations in a province (null: no province), of participants or of all members.</summary>
    public sealed record ProvinceCount(Organisations.Province? Province, bool Members, int Organisations, int Locations);

    public int Participants => LocationCounts.Sum(l => l.Organisations);
    public int Locations => LocationCounts.Sum(l => l.Locations * l.Organisations);

    /// <summary>Per question and option (choices) or value (numbers): how many answers.</summary>
    public sealed record AnswerAggregate(int QuestionId, int? OptionId, decimal? Value, int Count)
    {
        public decimal Sum => (Value ?? 0) * Count;
    }

    /// <summary>A distinct text of a question, text list or option, with the free-text rows (ids) that say it.</summary>
    public sealed record TextRow(long Id, int QuestionId, int? OptionId, string? ListKey, string Text, bool Hidden, int Order, IReadOnlyList<long> Ids);

    public static async Task<ReportData?> LoadAsync(
        IDbContextFactory<SurveyDbContext> dbFactory, int year, bool includeHiddenTexts, CancellationToken ct, bool includeProvinces = false)
    {
        Edition? edition;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            edition = await db.Editions.AsNoTracking()
                .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
                .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
                .SingleOrDefaultAsync(e => e.Year == year, ct);
        }

        if (edition is null)
        {
            return null;
        }

        var hasTextQuestions = edition.Sections.SelectMany(s => s.Questions).Any(q => q.Kind == QuestionKind.Text);
        var locations = QueryAsync(dbFactory, (db, completed) => LocationCountsAsync(db, completed, ct), edition.Id, ct);
        var options = QueryAsync(dbFactory, (db, completed) => OptionCountsAsync(db, completed, ct), edition.Id, ct);
        var numbers = QueryAsync(dbFactory, (db, completed) => NumberCountsAsync(db, completed, ct), edition.Id, ct);
        var texts = QueryAsync(dbFactory, (db, completed) => TextsAsync(db, completed, includeHiddenTexts, hasTextQuestions, ct), edition.Id, ct);
        var members = MembersAsync(dbFactory, edition, ct);
        var provinces = includeProvinces
            ? QueryAsync(dbFactory, (db, completed) => ParticipantProvincesAsync(db, completed, ct), edition.Id, ct)
            : Task.FromResult(new List<ProvinceCount>());
        var memberProvinces = includeProvinces ? MemberProvincesAsync(dbFactory, ct) : Task.FromResult(MemberProvinces.None);
        await Task.WhenAll(locations, options, numbers, texts, members, provinces, memberProvinces);

        var questionOfOption = edition.Sections.SelectMany(s => s.Questions).SelectMany(q => q.Options).ToDictionary(o => o.Id, o => o.QuestionId);
        return new ReportData
        {
            Edition = edition,
            LocationCounts = [.. (await locations).OrderBy(l => l.Locations)],
            Aggregates = (await options)
                .Select(o => new AnswerAggregate(questionOfOption[o.OptionId], o.OptionId, null, o.Count))
                .Concat(await numbers)
                .ToList(),
            Texts = await texts,
            Members = await members,
            ProvinceCounts = includeProvinces ? [.. await provinces, .. (await memberProvinces).Counts] : null,
            MemberOrganisationsWithLocation = (await memberProvinces).Organisations,
        };
    }

    private static async Task<IReadOnlyList<EditionMemberRow>> MembersAsync(IDbContextFactory<SurveyDbContext> dbFactory, Edition edition, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EditionMembers.LoadAsync(db, edition.Id, edition.Year, edition.Status, ct);
    }

    /// <summary>The participants' counted locations per province, and how many of them have one there.</summary>
    private static Task<List<ProvinceCount>> ParticipantProvincesAsync(SurveyDbContext db, IQueryable<Response> completed, CancellationToken ct) =>
        db.ResponseLocations
            .Where(l => completed.Any(r => r.Id == l.ResponseId))
            .GroupBy(l => l.Province)
            .Select(g => new ProvinceCount(g.Key, false, g.Select(l => l.ResponseId).Distinct().Count(), g.Count()))
            .ToListAsync(ct);

    /// <summary>
    /// All current members' open locations per province (live data: frozen in the snapshot when published), and how
    /// many members have an open location anywhere: one query, the total as a scalar subquery on every row.
    /// </summary>
    private static async Task<MemberProvinces> MemberProvincesAsync(IDbContextFactory<SurveyDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = OpenMemberLocations(db);
        var rows = await open
            .GroupBy(l => l.Province)
            .Select(g => new
            {
                Count = new ProvinceCount(g.Key, true, g.Select(l => l.OrganisationId).Distinct().Count(), g.Count()),
                Organisations = open.Select(l => l.OrganisationId).Distinct().Count(),
            })
            .ToListAsync(ct);
        // No rows means no open member location at all, so no member organisation with one either.
        return new MemberProvinces([.. rows.Select(r => r.Count)], rows.Select(r => r.Organisations).FirstOrDefault());
    }

    private sealed record MemberProvinces(List<ProvinceCount> Counts, int Organisations)
    {
        public static readonly MemberProvinces None = new([], 0);
    }

    private static IQueryable<Organisations.Location> OpenMemberLocations(SurveyDbContext db) =>
        db.Locations.Where(l => l.IsActive && l.Organisation!.MembershipStatus == Organisations.MembershipStatus.Member && !l.Organisation.IsArchived);

    private static async Task<T> QueryAsync<T>(
        IDbContextFactory<SurveyDbContext> dbFactory, Func<SurveyDbContext, IQueryable<Response>, Task<T>> query, int editionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await query(db, db.Responses.Where(r => r.EditionId == editionId && r.Status == ResponseStatus.Completed));
    }

    /// <summary>Organisations per number of counted locations, including those with none.</summary>
    private static async Task<List<LocationCountFigure>> LocationCountsAsync(SurveyDbContext db, IQueryable<Response> completed, CancellationToken ct)
    {
        var participants = await completed.CountAsync(ct);
        var withLocations = await db.ResponseLocations
            .Where(l => completed.Any(r => r.Id == l.ResponseId))
            .GroupBy(l => l.ResponseId)
            .Select(g => g.Count())
            .GroupBy(count => count)
            .Select(g => new LocationCountFigure(g.Key, g.Count()))
            .ToListAsync(ct);
        var withoutLocations = participants - withLocations.Sum(l => l.Organisations);
        return withoutLocations > 0 ? [.. withLocations, new LocationCountFigure(0, withoutLocations)] : withLocations;
    }

    /// <summary>The same query as the database's floor: an index-only scan of the selections.</summary>
    private static Task<List<(int OptionId, int Count)>> OptionCountsAsync(SurveyDbContext db, IQueryable<Response> completed, CancellationToken ct) =>
        (from a in db.Answers
         join r in completed on a.ResponseId equals r.Id
         where a.OptionId != null
         group a by a.OptionId into g
         select new ValueTuple<int, int>(g.Key!.Value, g.Count()))
        .ToListAsync(ct);

    /// <summary>Numbers per question and value, from their own partial index (IX_Answers_Numbers).</summary>
    private static Task<List<AnswerAggregate>> NumberCountsAsync(SurveyDbContext db, IQueryable<Response> completed, CancellationToken ct) =>
        (from a in db.Answers
         join r in completed on a.ResponseId equals r.Id
         where a.NumberValue != null
         group a by new { a.QuestionId, a.NumberValue } into g
         select new AnswerAggregate(g.Key.QuestionId, null, g.Key.NumberValue, g.Count()))
        .ToListAsync(ct);

    private static async Task<List<TextRow>> TextsAsync(
        SurveyDbContext db, IQueryable<Response> completed, bool includeHidden, bool hasTextQuestions, CancellationToken ct)
    {
        // Many organisations mention the same thing: group in the database, so each distinct text crosses once.
        var grouped = await (
                from t in db.FreeTexts
                join r in completed on t.ResponseId equals r.Id
                where includeHidden || !t.HiddenFromPublication
                group t by new { t.QuestionId, t.OptionId, t.ListKey, t.Text } into g
                select new
                {
                    g.Key.QuestionId, g.Key.OptionId, g.Key.ListKey, g.Key.Text,
                    FirstId = g.Min(t => t.Id),
                    Order = g.Min(t => t.Order),
                    Hidden = g.Min(t => t.HiddenFromPublication ? 1 : 0) == 1,
                    Ids = EF.Functions.ArrayAgg(g.Select(t => t.Id)),
                })
            .ToListAsync(ct);
        var texts = grouped.Select(g => new TextRow(g.FirstId, g.QuestionId, g.OptionId, g.ListKey, g.Text, g.Hidden, g.Order, g.Ids)).ToList();
        if (hasTextQuestions)
        {
            // Free-text questions keep their answer in Answer.TextValue; read as texts of the question.
            texts.AddRange(await (
                    from a in db.Answers
                    join r in completed on a.ResponseId equals r.Id
                    where a.TextValue != null
                    select new TextRow(a.Id, a.QuestionId, null, null, a.TextValue!, false, 0, new[] { a.Id }))
                .ToListAsync(ct));
        }

        texts.Sort((x, y) => (x.QuestionId, x.Order, x.Id).CompareTo((y.QuestionId, y.Order, y.Id)));
        return texts;
    }
}
