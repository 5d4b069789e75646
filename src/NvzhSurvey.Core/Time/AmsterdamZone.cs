namespace NvzhSurvey.Core.Time;

/// <summary>
/// Finds Europe/Amsterdam by id, which does not depend on the server's TZ or /etc/localtime. Without a tz database
/// (a slim image without tzdata) .NET cannot find it; rather than silently showing UTC, the zone is then built from
/// the EU rules that hold since 1996: CET (UTC+1), summer time CEST (UTC+2) from the last Sunday of March 01:00 UTC
/// to the last Sunday of October 01:00 UTC. A test checks it against the system zone.
/// </summary>
public static class AmsterdamZone
{
    public const string Id = "Europe/Amsterdam";

    public static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(Id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return BuiltIn();
        }
    }

    /// <summary>The EU rule set, for machines without tzdata (and for the test that compares it with tzdata).</summary>
    public static TimeZoneInfo BuiltIn()
    {
        var summerTime = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(1996, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone(Id, TimeSpan.FromHours(1), "(UTC+01:00) Amsterdam", "CET", "CEST", [summerTime]);
    }
}
