using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

// The SQL is assembled from constants of BenchmarkStatistics and BenchmarkPopulation only; every value is a parameter.
#pragma warning disable EF1002

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// Stores every participant's benchmark values and choices of an edition when it is published, in the publishing
/// transaction (<c>PublicationSnapshots.PublishAsync</c>), so a published edition's benchmarks never change; and the
/// network's statistics computed from them (<see cref="StoreNetworkAsync"/>), so a benchmark request reads a few
/// rows whatever the number of organisations (ADR 020).
/// </summary>
public static class BenchmarkSnapshot
{
    public static async Task StoreAsync(SurveyDbContext db, int editionId, int year, CancellationToken ct)
    {
        await db.BenchmarkFigureValues.Where(v => v.EditionId == editionId).ExecuteDeleteAsync(ct);
        await db.BenchmarkChoices.Where(c => c.EditionId == editionId).ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync(
            "WITH " + BenchmarkPopulation.LiveFigures + """
             INSERT INTO "BenchmarkFigureValues" ("EditionId", "OrganisationId", "Figure", "Value")
             SELECT @edition, org, figure, value FROM pop
            """,
            BenchmarkPopulation.Parameters(editionId, year, null), ct);
        await db.Database.ExecuteSqlRawAsync(
            "WITH " + BenchmarkPopulation.LiveChoices + """
             INSERT INTO "BenchmarkChoices" ("EditionId", "OrganisationId", "QuestionId", "OptionId")
             SELECT @edition, org, question, option FROM choices
            """,
            BenchmarkPopulation.Parameters(editionId, year, null), ct);
        await StoreNetworkAsync(db, editionId, year, ct);
    }

    /// <summary>
    /// The network part of the edition's benchmarks, from its stored rows, with the same statements as a closed
    /// edition's preview (<see cref="BenchmarkStatistics.NetworkFiguresSql"/>, <see cref="BenchmarkStatistics.NetworkChoicesSql"/>).
    /// In the caller's transaction, so it sees the rows stored just before.
    /// </summary>
    public static async Task StoreNetworkAsync(SurveyDbContext db, int editionId, int year, CancellationToken ct)
    {
        await db.BenchmarkNetworkFigures.Where(f => f.EditionId == editionId).ExecuteDeleteAsync(ct);
        await db.BenchmarkNetworkChoices.Where(c => c.EditionId == editionId).ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync(BenchmarkStatistics.RoomToSortSql, ct);
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "BenchmarkNetworkFigures" ("EditionId", "Figure", "N", "Total", "P25", "Median", "P75")
            SELECT @edition, "Figure", "N", "Total", "P25", "Median", "P75" FROM ({BenchmarkStatistics.NetworkFiguresSql(stored: true)}) AS network
            """,
            BenchmarkPopulation.Parameters(editionId, year, null), ct);
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "BenchmarkNetworkChoices" ("EditionId", "QuestionId", "OptionId", "IsQuestionTotal", "Count")
            SELECT @edition, "QuestionId", "OptionId", "IsQuestionTotal", "Count" FROM ({BenchmarkStatistics.NetworkChoicesSql(stored: true)}) AS network
            """,
            BenchmarkPopulation.Parameters(editionId, year, null), ct);
    }
}
