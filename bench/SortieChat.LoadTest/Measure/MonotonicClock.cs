using System.Diagnostics;

namespace SortieChat.LoadTest.Measure;

/// <summary>One monotonic clock for the whole process: send schedules and receipts are compared on it.</summary>
internal static class MonotonicClock
{
    private static readonly double TicksPerMicrosecond = Stopwatch.Frequency / 1_000_000.0;

    public static long Now => Stopwatch.GetTimestamp();

    public static long Microseconds(long fromTicks, long toTicks) => (long)((toTicks - fromTicks) / TicksPerMicrosecond);

    public static long TicksOf(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    public static double SecondsBetween(long fromTicks, long toTicks) => (toTicks - fromTicks) / (double)Stopwatch.Frequency;
}
