using System.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The app's clock under test: starts at an instant the test chooses and runs on at the real rate. Timers stay
/// the system's, so hosted services still tick; only "what time is it" is moved. By default every fixture
/// starts just after 17:00 UTC (just after midnight in Vietnam), the hour at which a date taken in UTC and a
/// date taken in Vietnam differ, so a test that confuses the two fails on every run, not only in the evening.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset origin;
    private long originTicks;

    public TestClock(DateTimeOffset start) => Set(start);

    /// <summary>Moves the clock to an instant; it runs on from there.</summary>
    public void Set(DateTimeOffset instant)
    {
        lock (gate)
        {
            origin = instant.ToUniversalTime();
            originTicks = Stopwatch.GetTimestamp();
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
            return origin + Stopwatch.GetElapsedTime(originTicks);
    }

    // The app must never lean on the machine's zone: give it one that differs from Vietnam's.
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    /// <summary>The wall-clock time in Vietnam (UTC+7, no daylight saving).</summary>
    public DateTime VietnamNow => UtcNow.AddHours(7);

    /// <summary>
    /// The next instant at hh:mm:30 UTC after the real now: in the future, so cookies the browser keeps by
    /// their expiry date stay valid, and within a day of it.
    /// </summary>
    public static DateTimeOffset NextUtc(int hour, int minute)
    {
        var now = DateTimeOffset.UtcNow;
        var candidate = new DateTimeOffset(now.Year, now.Month, now.Day, hour, minute, 30, TimeSpan.Zero);
        return candidate > now ? candidate : candidate.AddDays(1);
    }

    /// <summary>Just after midnight in Vietnam: 17:00:30 UTC, the first second of a new Vietnamese day.</summary>
    public static DateTimeOffset JustAfterVietnamMidnight() => NextUtc(17, 0);

    /// <summary>The next 31 December at the given UTC time (16:59:30 is still 31 December in Vietnam, 17:00:30 is 1 January).</summary>
    public static DateTimeOffset NextNewYearsEve(int hour, int minute)
    {
        var now = DateTimeOffset.UtcNow;
        var candidate = new DateTimeOffset(now.Year, 12, 31, hour, minute, 30, TimeSpan.Zero);
        return candidate > now ? candidate : candidate.AddYears(1);
    }
}
