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
