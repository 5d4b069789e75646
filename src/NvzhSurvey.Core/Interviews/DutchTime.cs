using System.Globalization;

namespace NvzhSurvey.Core.Interviews;

/// <summary>Moments as people in the Netherlands read them: "22-11-2026 16:05" in Dutch local time.</summary>
public static class DutchTime
{
    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam);

    public static string Format(DateTimeOffset moment) =>
        Local(moment).ToString("dd-MM-yyyy HH:mm", CultureInfo.GetCultureInfo("nl-NL"));

    public static string Format(DateTimeOffset? moment) => moment is { } m ? Format(m) : "";

    /// <summary>Midnight at the start of a Dutch calendar day, as a moment (for filters by period).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
