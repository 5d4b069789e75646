using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Reporting;

/// <summary>Builds the report of an edition, with the previous edition's figures for year-over-year comparison.</summary>
public sealed class ReportBuilder(IDbContextFactory<SurveyDbContext> dbFactory, SmallNumberRule? rule = null)
{
    /// <param name="includeHiddenTexts">Include free texts that staff hid from the publication (for the staff screen).</param>
    /// <param name="compareWithPrevious">Also compute the previous edition's figures (year over year).</param>
    public async Task<EditionReport?> BuildAsync(
        int year, bool includeHiddenTexts = false, bool compareWithPrevious = true, CancellationToken cancellationToken = default)
    {
        var current = await ReportData.LoadAsync(dbFactory, year, includeHiddenTexts, cancellationToken, includeProvinces: true);
        if (current is null)
        {
            return null;
        }

        if (!compareWithPrevious)
        {
            return ReportComposer.Compose(current, null, rule);
        }

        int? previousYear;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            previousYear = await db.Editions.Where(e => e.Year < year).MaxAsync(e => (int?)e.Year, cancellationToken);
        }

        var previous = previousYear is { } py ? await ReportData.LoadAsync(dbFactory, py, includeHiddenTexts, cancellationToken) : null;
        return ReportComposer.Compose(current, previous, rule);
    }
}
