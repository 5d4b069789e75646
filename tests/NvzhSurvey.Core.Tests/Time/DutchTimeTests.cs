using Microsoft.Extensions.Time.Testing;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Tests.Time;

public class DutchTimeTests
{
    // 09:42:07 UTC in winter is 10:42:07 in Amsterdam (CET, UTC+1).
    private static readonly DateTimeOffset WinterMorning = new(2025, 3, 15, 9, 42, 7, TimeSpan.Zero);

    // 22:30 UTC in summer is already 00:30 the next day in Amsterdam (CEST, UTC+2).
    private static readonly DateTimeOffset SummerNight = new(2025, 7, 1, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_named_formats_show_a_moment_in_Dutch_words_and_Amsterdam_time()
    {
        DutchTime.Format(WinterMorning).Should().Be("15-03-2025 10:42");
        DutchTime.FormatWithSeconds(WinterMorning).Should().Be("15-03-2025 10:42:07");
        DutchTime.FormatTimeOfDay(WinterMorning).Should().Be("10:42:07");
        DutchTime.FormatDate(WinterMorning).Should().Be("15-03-2025");
        DutchTime.FormatLongDate(WinterMorning).Should().Be("15 maart 2025");
        DutchTime.FormatLongDateTime(WinterMorning).Should().Be("15 maart 2025 om 10:42");
        DutchTime.Format((DateTimeOffset?)null).Should().BeEmpty();
    }

    [Fact]
    public void A_summer_night_in_UTC_is_already_the_next_day_in_the_Netherlands()
    {
        DutchTime.Format(SummerNight).Should().Be("02-07-2025 00:30");
        DutchTime.FormatLongDate(SummerNight).Should().Be("2 juli 2025");
        DutchTime.Local(SummerNight).Offset.Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Dates_and_appointments_are_written_the_Dutch_way()
    {
        DutchTime.FormatDate(new DateOnly(2025, 3, 5)).Should().Be("05-03-2025");
        DutchTime.FormatLongDate(new DateOnly(2025, 3, 5)).Should().Be("5 maart 2025");
        DutchTime.FormatAppointment(new DateOnly(2025, 3, 15), new TimeOnly(10, 0)).Should().Be("zaterdag 15 maart 2025 om 10:00");
        DutchTime.FormatClockTime(new TimeOnly(9, 5)).Should().Be("09:05");
    }

    [Fact]
    public void Today_comes_from_the_injected_clock_in_Amsterdam_not_from_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero));
        DutchTime.Today(clock).Should().Be(new DateOnly(2025, 12, 31));

        clock.Advance(TimeSpan.FromHours(1));

        DutchTime.Today(clock).Should().Be(new DateOnly(2026, 1, 1), "23:30 UTC is 00:30 in Amsterdam");
        DutchTime.Now(clock).Should().Be(new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_Dutch_day_starts_at_local_midnight_in_winter_and_summer()
    {
        DutchTime.StartOfDay(new DateOnly(2025, 1, 10)).Should().Be(new DateTimeOffset(2025, 1, 9, 23, 0, 0, TimeSpan.Zero));
        DutchTime.StartOfDay(new DateOnly(2025, 7, 1)).Should().Be(new DateTimeOffset(2025, 6, 30, 22, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void The_built_in_Amsterdam_zone_for_machines_without_tzdata_equals_the_tz_database_every_half_hour_from_1997_to_2040()
    {
        var system = TimeZoneInfo.FindSystemTimeZoneById(AmsterdamZone.Id);
        var builtIn = AmsterdamZone.BuiltIn();
        var differences = new List<DateTimeOffset>();

        for (var moment = new DateTimeOffset(1997, 1, 1, 0, 0, 0, TimeSpan.Zero); moment.Year < 2041; moment = moment.AddMinutes(30))
        {
            if (builtIn.GetUtcOffset(moment) != system.GetUtcOffset(moment))
            {
                differences.Add(moment);
            }
        }

        differences.Should().BeEmpty();
        DutchTime.Zone.GetUtcOffset(SummerNight).Should().Be(TimeSpan.FromHours(2));
    }
}
