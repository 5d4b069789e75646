using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

// The SQL below is assembled from constants of this class and BenchmarkPopulation only; every value is a parameter.
#pragma warning disable EF1003

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// The set-based part of a benchmark: per figure n, the network's P25, median and P75, and per option of the choice
/// questions how many organisations chose it, computed in PostgreSQL over the population
/// (<see cref="BenchmarkPopulation"/>) once per edition; per request only the organisation's own rows are read.
/// </summary>
internal static class BenchmarkStatistics
{
    /// <summary>
    /// Linear interpolation between closest ranks, exactly as <c>percentile_cont</c> (Excel PERCENTILE.INC): at
    /// h = (n − 1)·p the value of rank ⌊h⌋ plus (h − ⌊h⌋) times the step to the next rank. Written out over
    /// <c>row_number()</c> in <c>numeric</c> because <c>percentile_cont</c> only takes double precision, in which a
    /// half-way median such as 1,005 becomes 1,00499… and would round the wrong way (ADR 013).
    /// </summary>
    private static string Percentile(string p) => $"""
        sum(CASE WHEN i = floor((n - 1) * {p}) THEN value * (1 - ((n - 1) * {p} - floor((n - 1) * {p})))
                 WHEN i = floor((n - 1) * {p}) + 1 THEN value * ((n - 1) * {p} - floor((n - 1) * {p}))
                 ELSE 0 END)
        """;

    /// <summary>One figure for one organisation: the network's statistics with the organisation's own value.</summary>
    public sealed record FigureRow(string Figure, int N, decimal? Own, decimal Total, decimal P25, decimal Median, decimal P75);

    /// <summary>One option (or, with <see cref="IsQuestionTotal"/>, the question) with whether the organisation chose it.</summary>
    public sealed record ChoiceRow(int QuestionId, int? OptionId, bool IsQuestionTotal, int Count, bool Chosen);

    public sealed class NetworkFigureRow
    {
        public required string Figure { get; init; }
        public int N { get; init; }
        public decimal Total { get; init; }
        public decimal P25 { get; init; }
        public decimal Median { get; init; }
        public decimal P75 { get; init; }
    }

    public sealed class NetworkChoiceRow
    {
        public int QuestionId { get; init; }
        public int? OptionId { get; init; }
        public bool IsQuestionTotal { get; init; }
        public int Count { get; init; }
    }

    public sealed class OwnRow
    {
        public required string Figure { get; init; }
        public decimal Value { get; init; }
    }

    public sealed class OwnChoiceRow
    {
        public int QuestionId { get; init; }
        public int? OptionId { get; init; }
    }

    /// <summary>
    /// The network's figures (one row per figure: n, total, P25, median, P75) over a population, as one statement
    /// whose columns are named as <see cref="NetworkFigureRow"/>'s properties. Also stored when publishing
    /// (<see cref="BenchmarkSnapshot"/>).
    /// </summary>
    internal static string NetworkFiguresSql(bool stored) => "WITH " + BenchmarkPopulation.Figures(stored) + $"""
        ,
        ranked AS (
            SELECT figure, value,
                   row_number() OVER (PARTITION BY figure ORDER BY value) - 1 AS i,
                   count(*) OVER (PARTITION BY figure) AS n
            FROM pop)
        SELECT figure AS "Figure", max(n)::integer AS "N", sum(value) AS "Total",
               {Percentile("0.25")} AS "P25",
               {Percentile("0.5")} AS "Median",
               {Percentile("0.75")} AS "P75"
        FROM ranked GROUP BY figure
        """;

    /// <summary>
    /// How many organisations chose each option, and answered each question, as one statement whose columns are named
    /// as <see cref="NetworkChoiceRow"/>'s properties. One row per organisation and option, so an option's count is
    /// count(*); a multiple-choice question has several rows per organisation, so its total counts distinct
    /// organisations. One pass with grouping sets: 50–70 ms at 10,000 organisations against 250–450 ms for two
    /// GROUP BYs over the CTE joined by UNION ALL.
    /// </summary>
    internal static string NetworkChoicesSql(bool stored) => "WITH " + BenchmarkPopulation.Choices(stored) + """
         SELECT question AS "QuestionId", option AS "OptionId", grouping(option) = 1 AS "IsQuestionTotal",
                (CASE WHEN grouping(option) = 1 THEN count(DISTINCT org) ELSE count(*) END)::integer AS "Count"
         FROM choices GROUP BY GROUPING SETS ((question, option), (question))
        """;

    /// <summary>
    /// The network part, the same for every organisation of the edition. A published edition's was stored when it
    /// was published (<see cref="BenchmarkSnapshot"/>) and is only read. A closed edition's preview is computed: two
    /// statements over the whole population, at the same time on two connections (they do not depend on each
    /// other). Either way it is kept by <see cref="BenchmarkNetworkCache"/>. Own contexts, because the cached task
    /// may outlive the request that started it.
    /// </summary>
    public static async Task<BenchmarkNetwork> NetworkAsync(IDbContextFactory<SurveyDbContext> dbFactory, int editionId, int year, bool stored)
    {
        if (stored)
        {
            return await StoredNetworkAsync(dbFactory, editionId);
        }

        var parameters = () => BenchmarkPopulation.Parameters(editionId, year, null);
        var figures = WithRoomToSortAsync(dbFactory, db => db.Database.SqlQueryRaw<NetworkFigureRow>(NetworkFiguresSql(stored: false), parameters()).ToListAsync());
        var choices = WithRoomToSortAsync(dbFactory, db => db.Database.SqlQueryRaw<NetworkChoiceRow>(NetworkChoicesSql(stored: false), parameters()).ToListAsync());
        return new BenchmarkNetwork(await figures, await choices);
    }

    private static async Task<BenchmarkNetwork> StoredNetworkAsync(IDbContextFactory<SurveyDbContext> dbFactory, int editionId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var figures = await db.BenchmarkNetworkFigures.AsNoTracking().Where(f => f.EditionId == editionId)
            .Select(f => new NetworkFigureRow { Figure = f.Figure, N = f.N, Total = f.Total, P25 = f.P25, Median = f.Median, P75 = f.P75 })
            .ToListAsync();
        var choices = await db.BenchmarkNetworkChoices.AsNoTracking().Where(c => c.EditionId == editionId)
            .Select(c => new NetworkChoiceRow { QuestionId = c.QuestionId, OptionId = c.OptionId, IsQuestionTotal = c.IsQuestionTotal, Count = c.Count })
            .ToListAsync();
        return new BenchmarkNetwork(figures, choices);
    }

    /// <summary>
    /// More sort and hash memory than PostgreSQL's default 4 MB, for the current transaction only: at 10,000
    /// organisations the default made the network statements' window sort and grouping spill to disk.
    /// </summary>
    internal const string RoomToSortSql = "SET LOCAL work_mem = '64MB'";

    /// <summary>Runs a network statement in a transaction of its own with <see cref="RoomToSortSql"/>.</summary>
    private static async Task<List<T>> WithRoomToSortAsync<T>(IDbContextFactory<SurveyDbContext> dbFactory, Func<SurveyDbContext, Task<List<T>>> statement)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(RoomToSortSql);
        var rows = await statement(db);
        await transaction.CommitAsync();
        return rows;
    }

    /// <summary>Only the organisation's own values (also the previous edition's column).</summary>
    public static Task<List<OwnRow>> OwnValuesAsync(SurveyDbContext db, int editionId, int year, bool stored, int organisationId, CancellationToken ct) =>
        db.Database.SqlQueryRaw<OwnRow>(
            "WITH " + BenchmarkPopulation.Figures(stored) + """
             SELECT figure AS "Figure", value AS "Value" FROM pop
            """,
            BenchmarkPopulation.Parameters(editionId, year, organisationId))
        .ToListAsync(ct);

    /// <summary>Only the options the organisation chose (option null: "none of these").</summary>
    public static Task<List<OwnChoiceRow>> OwnChoicesAsync(SurveyDbContext db, int editionId, int year, bool stored, int organisationId, CancellationToken ct) =>
        db.Database.SqlQueryRaw<OwnChoiceRow>(
            "WITH " + BenchmarkPopulation.Choices(stored) + """
             SELECT question AS "QuestionId", option AS "OptionId" FROM choices
            """,
            BenchmarkPopulation.Parameters(editionId, year, organisationId))
        .ToListAsync(ct);

    /// <summary>The network's figures with the organisation's own values.</summary>
    public static List<FigureRow> Combine(BenchmarkNetwork network, IReadOnlyList<OwnRow> own) =>
        network.Figures.Select(f => new FigureRow(f.Figure, f.N, own.FirstOrDefault(o => o.Figure == f.Figure)?.Value,
            f.Total, f.P25, f.Median, f.P75)).ToList();

    /// <summary>The network's option counts with whether the organisation chose each (a total: answered at all).</summary>
    public static List<ChoiceRow> Combine(BenchmarkNetwork network, IReadOnlyList<OwnChoiceRow> own) =>
        network.Choices.Select(c => new ChoiceRow(c.QuestionId, c.OptionId, c.IsQuestionTotal, c.Count,
            own.Any(o => o.QuestionId == c.QuestionId && (c.IsQuestionTotal || o.OptionId == c.OptionId)))).ToList();
}
