namespace SortieChat.LoadTest.Measure;

/// <summary>
/// A log-linear histogram of microseconds (64 sub-buckets per power of two: about 1.5 % precision), safe to
/// record into from many threads, so that millions of deliveries cost a fixed 12 KB and no sorting.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBuckets = 64;
    private const int SubBits = 6;
    private const int Magnitudes = 32;
    private readonly long[] _counts = new long[SubBuckets + (Magnitudes * SubBuckets)];
    private long _total;
    private long _max;

    public long Count => Interlocked.Read(ref _total);

    public void Record(long microseconds)
    {
        var value = Math.Max(0, microseconds);
        Interlocked.Increment(ref _counts[IndexOf(value)]);
        Interlocked.Increment(ref _total);
        var max = Interlocked.Read(ref _max);
        while (value > max)
        {
            var seen = Interlocked.CompareExchange(ref _max, value, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>The value at quantile <paramref name="q"/> (0..1) in milliseconds; 0 when empty.</summary>
    public double PercentileMs(double q)
    {
        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(q * total);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= Math.Max(1, rank))
            {
                return Math.Min(MidpointOf(i), Interlocked.Read(ref _max)) / 1000.0;
            }
        }

        return Interlocked.Read(ref _max) / 1000.0;
    }

    public double MaxMs => Interlocked.Read(ref _max) / 1000.0;

    private static int IndexOf(long value)
    {
        if (value < SubBuckets)
        {
            return (int)value;
        }

        var magnitude = Math.Min(63 - (int)long.LeadingZeroCount(value), Magnitudes + SubBits - 1);
        var shift = magnitude - SubBits;
        var sub = (int)Math.Min((value >> shift) - SubBuckets, SubBuckets - 1);
        return SubBuckets + ((shift * SubBuckets) + sub);
    }

    private static long MidpointOf(int index)
    {
        if (index < SubBuckets)
        {
            return index;
        }

        var shift = (index - SubBuckets) / SubBuckets;
        var sub = (index - SubBuckets) % SubBuckets;
        var lower = (long)(SubBuckets + sub) << shift;
        var upper = ((long)(SubBuckets + sub + 1) << shift) - 1;
        return (lower + upper) / 2;
    }
}
