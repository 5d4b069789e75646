using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// Stores every participant's benchmark values and choices of an edition when it is published, in the publishing
/// transaction (<c>PublicationSnapshots.PublishAsync</c>), so a published edition's benchmarks never change.
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
    }
}
