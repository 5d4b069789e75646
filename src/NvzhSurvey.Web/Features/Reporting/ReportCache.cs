using Microsoft.Extensions.Caching.Memory;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Reporting;

/// <summary>
/// Reuses a computed report while no app instance on the database has saved anything since: this instance's saves
/// and the other instances' notifications (<see cref="SurveyChangeListener"/>) both bump <see cref="SurveyDataVersion"/>.
/// While the listener is not connected, nothing is reused. <see cref="MaxAge"/> only bounds the rare notification that
/// could not be sent after a commit (logged as a warning by the saving instance).
/// </summary>
public sealed class ReportCache(IMemoryCache cache, SurveyDataVersion version, SurveyChangeListener otherInstances, ReportBuilder builder)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private sealed record Entry(long Version, EditionReport? Report);

    /// <param name="seesEverything">Staff (Beheerder, Medewerker, a Full token): figures with too few answers are shown,
    /// marked. Everyone else gets <see cref="ReportSuppression.Restrict"/>ed figures.</param>
    public async Task<EditionReport?> GetAsync(
        int year, bool includeHiddenTexts = false, bool seesEverything = false, CancellationToken cancellationToken = default)
    {
        var key = (nameof(ReportCache), year, includeHiddenTexts, seesEverything);
        var current = version.Current;
        if (otherInstances.IsListening && cache.TryGetValue(key, out Entry? entry) && entry!.Version == current)
        {
            return entry.Report;
        }

        // Read the version before computing: a change during the computation makes the next request recompute.
        var report = await builder.BuildAsync(year, includeHiddenTexts, cancellationToken: cancellationToken);
        if (report is not null && !seesEverything)
        {
            report = ReportSuppression.Restrict(report);
        }

        cache.Set(key, new Entry(current, report), MaxAge);
        return report;
    }
}
