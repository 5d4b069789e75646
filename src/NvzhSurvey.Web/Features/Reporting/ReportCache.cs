using Microsoft.Extensions.Caching.Memory;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Reporting;

/// <summary>
/// Reuses a computed report while this instance has saved nothing since (<see cref="SurveyDataVersion"/>), and for at
/// most <see cref="MaxAge"/>, which bounds how long a change made through another app instance can go unseen.
/// </summary>
public sealed class ReportCache(IMemoryCache cache, SurveyDataVersion version, ReportBuilder builder)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private sealed record Entry(long Version, EditionReport? Report);

    /// <param name="seesEverything">Staff (Beheerder, Medewerker, a Full token): figures with too few answers are shown,
    /// marked. Everyone else gets <see cref="ReportSuppression.Restrict"/>ed figures.</param>
    public async Task<EditionReport?> GetAsync(
        int year, bool includeHiddenTexts = false, bool seesEverything = false, CancellationToken cancellationToken = default)
    {
        var key = (nameof(ReportCache), year, includeHiddenTexts, seesEverything);
        var current = version.Current;
        if (cache.TryGetValue(key, out Entry? entry) && entry!.Version == current)
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
