using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Tests.Exchange;

/// <summary>Row counts of every table an import can write, to prove that a refused import wrote nothing.</summary>
public sealed record RowCounts(int Organisations, int Locations, int Responses, int Answers, int FreeTexts, int ResponseLocations, int AuditEntries, int Editions)
{
    public static async Task<RowCounts> CountAsync(SurveyDbContext db) => new(
        await db.Organisations.CountAsync(),
        await db.Locations.CountAsync(),
        await db.Responses.CountAsync(),
        await db.Answers.CountAsync(),
        await db.FreeTexts.CountAsync(),
        await db.ResponseLocations.CountAsync(),
        await db.AuditEntries.CountAsync(),
        await db.Editions.CountAsync());
}
