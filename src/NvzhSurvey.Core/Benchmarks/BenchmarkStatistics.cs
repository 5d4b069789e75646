using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Data;

// The SQL below is assembled from constants of this class and BenchmarkPopulation only; every value is a parameter.
#pragma warning disable EF1003

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// The set-based part of a benchmark: per figure n, the network's P25, median and P75 and the organisation's own
/// value, and per option of the choice questions how many organisations chose it, computed in PostgreSQL over
/// the population (<see cref="BenchmarkPopulation"/>); nothing per response crosses the wire.
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

    public sealed class FigureRow
    {
        public required string Figure { get; init; }
        public int N { get; init; }
        public decimal? Own { get; init; }
        public decimal Total { get; init; }
        public decimal P25 { get; init; }
        public decimal Median { get; init; }
        public decimal P75 { get; init; }
    }

    public sealed class OwnRow
    {
        public required string Figure { get; init; }
        public decimal Value { get; init; }
    }

    public sealed class ChoiceRow
    {
        public int QuestionId { get; init; }
        public int? OptionId { get; init; }
        public bool IsQuestionTotal { get; init; }
        public int Count { get; init; }
        public bool Chosen { get; init; }
    }

    public static Task<List<FigureRow>> FiguresAsync(SurveyDbContext db, int editionId, int year, bool stored, int organisationId, CancellationToken ct) =>
        db.Database.SqlQueryRaw<FigureRow>(
            "WITH " + BenchmarkPopulation.Figures(stored) + $"""
            ,
            ranked AS (
                SELECT org, figure, value,
                       row_number() OVER (PARTITION BY figure ORDER BY value) - 1 AS i,
                       count(*) OVER (PARTITION BY figure) AS n
                FROM pop)
            SELECT figure AS "Figure", max(n)::integer AS "N", max(value) FILTER (WHERE org = @target) AS "Own",
                   sum(value) AS "Total",
                   {Percentile("0.25")} AS "P25",
                   {Percentile("0.5")} AS "Median",
                   {Percentile("0.75")} AS "P75"
            FROM ranked GROUP BY figure
            """,
            BenchmarkPopulation.Parameters(editionId, year, null, new NpgsqlParameter("target", organisationId)))
        .ToListAsync(ct);

    /// <summary>Only the organisation's own values (the previous edition's column).</summary>
    public static Task<List<OwnRow>> OwnValuesAsync(SurveyDbContext db, int editionId, int year, bool stored, int organisationId, CancellationToken ct) =>
        db.Database.SqlQueryRaw<OwnRow>(
            "WITH " + BenchmarkPopulation.Figures(stored) + """
             SELECT figure AS "Figure", value AS "Value" FROM pop
            """,
            BenchmarkPopulation.Parameters(editionId, year, organisationId))
        .ToListAsync(ct);

    public static Task<List<ChoiceRow>> ChoicesAsync(SurveyDbContext db, int editionId, int year, bool stored, int organisationId, CancellationToken ct) =>
        db.Database.SqlQueryRaw<ChoiceRow>(
            "WITH " + BenchmarkPopulation.Choices(stored) + """
             SELECT question AS "QuestionId", option AS "OptionId", false AS "IsQuestionTotal",
                    count(DISTINCT org)::integer AS "Count", bool_or(org = @target) AS "Chosen"
             FROM choices GROUP BY question, option
             UNION ALL
             SELECT question, NULL, true, count(DISTINCT org)::integer, bool_or(org = @target)
             FROM choices GROUP BY question
            """,
            BenchmarkPopulation.Parameters(editionId, year, null, new NpgsqlParameter("target", organisationId)))
        .ToListAsync(ct);
}
