using System.Globalization;
using System.Text;

namespace NvzhSurvey.Core.Cycle;

/// <summary>
/// The few RFC 5545 lines of an interview invitation: one VEVENT with a stable UID and a rising SEQUENCE, local time
/// in Europe/Amsterdam (with its VTIMEZONE), METHOD:REQUEST so calendars offer to add or update it.
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8; method=REQUEST";

    public static string Build(InterviewAppointment appointment, string organisationName, string organiserEmail, string attendeeEmail,
        DateTimeOffset stamp)
    {
        var start = appointment.Date.ToDateTime(appointment.Time);
        var end = start.AddMinutes(appointment.DurationMinutes);
        var lines = new[]
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//NVZH//Ledenonderzoek//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:REQUEST",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            $"UID:{appointment.Uid:D}@nvzh-ledenonderzoek",
            $"SEQUENCE:{appointment.Sequence}",
            $"DTSTAMP:{stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            $"DTSTART;TZID=Europe/Amsterdam:{Local(start)}",
            $"DTEND;TZID=Europe/Amsterdam:{Local(end)}",
            "SUMMARY:" + Escape($"Interview ledenonderzoek NVZH – {organisationName}"),
            "DESCRIPTION:" + Escape($"Interviewer: {appointment.Interviewer}"),
            $"ORGANIZER;CN=NVZH:mailto:{organiserEmail}",
            $"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{attendeeEmail}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(Fold(line)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Local(DateTime moment) => moment.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping of RFC 5545 §3.3.11.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).ReplaceLineEndings("\\n");

    /// <summary>Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character.</summary>
    private static string Fold(string line)
    {
        var result = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                result.Append("\r\n ");
                octets = 1;
            }

            result.Append(rune.ToString());
            octets += size;
        }

        return result.ToString();
    }
}
