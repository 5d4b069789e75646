using System.Globalization;

namespace NvzhSurvey.Core.Time;

/// <summary>
/// The one way moments and dates are shown to people: Dutch wording (nl-NL) in Dutch local time (Europe/Amsterdam),
/// whatever time zone the server runs in. "Now" and "today" come from the injected <see cref="TimeProvider"/>, never
/// from the machine's clock or zone (no <c>DateTime.Now</c>, <c>ToLocalTime</c> or <c>GetLocalNow</c>; a test guards it).
/// </summary>
public static class DutchTime
{
    /// <summary>The pattern of <see cref="FormatDate(DateOnly)"/>, for date pickers (MudDatePicker DateFormat).</summary>
    public const string DatePattern = "dd-MM-yyyy";

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Europe/Amsterdam from the system's tz database, or the same EU rules built in when tzdata is absent.</summary>
    public static TimeZoneInfo Zone { get; } = AmsterdamZone.Find();

    /// <summary>The moment as a clock in the Netherlands shows it (offset +01:00 or +02:00).</summary>
    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>Now on a Dutch clock, from the injected clock.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => Local(clock.GetUtcNow());

    /// <summary>Today's date in the Netherlands (after midnight in Amsterdam it is already tomorrow, whatever UTC says).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>Midnight at the start of a Dutch calendar day, as a moment (for filters by period and expiry days).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>"15-03-2025 10:42": the usual way a moment is shown (tables, history, "laatst gewijzigd").</summary>
    public static string Format(DateTimeOffset moment) => Local(moment).ToString("dd-MM-yyyy HH:mm", Culture);

    /// <summary>"15-03-2025 10:42", or "" when there is no moment.</summary>
    public static string Format(DateTimeOffset? moment) => moment is { } m ? Format(m) : "";

    /// <summary>"15-03-2025 10:42:07": for logs people read (security log).</summary>
    public static string FormatWithSeconds(DateTimeOffset moment) => Local(moment).ToString("dd-MM-yyyy HH:mm:ss", Culture);

    /// <summary>"10:42:07": the time of a moment today (the autosave indicator).</summary>
    public static string FormatTimeOfDay(DateTimeOffset moment) => Local(moment).ToString("HH:mm:ss", Culture);

    /// <summary>"15-03-2025": the Dutch day of a moment.</summary>
    public static string FormatDate(DateTimeOffset moment) => FormatDate(DateOnly.FromDateTime(Local(moment).DateTime));

    /// <summary>"15-03-2025".</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DatePattern, Culture);

    /// <summary>"15 maart 2025": the Dutch day of a moment, in words.</summary>
    public static string FormatLongDate(DateTimeOffset moment) => FormatLongDate(DateOnly.FromDateTime(Local(moment).DateTime));

    /// <summary>"15 maart 2025".</summary>
    public static string FormatLongDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"15 maart 2025 om 10:42".</summary>
    public static string FormatLongDateTime(DateTimeOffset moment) => Local(moment).ToString("d MMMM yyyy 'om' HH:mm", Culture);

    /// <summary>"zaterdag 15 maart 2025 om 10:00": an appointment, already in Dutch local time (a date and a clock time).</summary>
    public static string FormatAppointment(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("dddd d MMMM yyyy 'om' HH:mm", Culture);

    /// <summary>"10:00": a clock time that is already Dutch local time.</summary>
    public static string FormatClockTime(TimeOnly time) => time.ToString("HH:mm", Culture);
}
