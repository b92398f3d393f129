using System.Diagnostics;
using System.Text;
using SortieChat.LoadTest.Hub;
using SortieChat.LoadTest.Measure;

namespace SortieChat.LoadTest.Sweep;

/// <summary>
/// The schedule and counters of one step. Message k of the step is due at t0 + k / rate and belongs to sender
/// k mod senders (open loop: nothing waits for an answer), so the due time of any (sender, number) is computed, not stored.
/// </summary>
internal sealed class StepRun(int index, double rate, double seconds, int senders, int rooms, long t0)
{
    private long _lastDeliveryTicks;
    private string? _firstError;

    public int Index { get; } = index;

    public double Rate { get; } = rate;

    public double Seconds { get; } = seconds;

    public long T0 { get; } = t0;

    public long WindowEnd { get; } = t0 + MonotonicClock.TicksOf(TimeSpan.FromSeconds(seconds));

    public long Total { get; } = (long)Math.Round(rate * seconds);

    public LatencyHistogram Delivery { get; } = new();

    public LatencyHistogram Ack { get; } = new();

    public LatencyHistogram WakeLag { get; } = new();

    public long[] OfferedPerRoom { get; } = new long[rooms];

    public long[] SkippedPerRoom { get; } = new long[rooms];

    public long Sent;
    public long SendFailures;
    public long Acked;
    public long AckErrors;
    public long Stale;
    public int Reconnects;

    public long LastDeliveryTicks => Interlocked.Read(ref _lastDeliveryTicks);

    public string? FirstError => _firstError;

    public long CountFor(int sender) => (Total / senders) + (sender < Total % senders ? 1 : 0);

    public long DueTicks(int sender, long number) =>
        T0 + (long)((sender + ((double)number * senders)) * Stopwatch.Frequency / Rate);

    public void Deliver(HubConnection connection, int sender, int number, long receivedTicks)
    {
        if (sender >= senders || connection.UnstableStep == Index)
        {
            return;
        }

        Interlocked.Increment(ref connection.StepDeliveries);
        Delivery.Record(MonotonicClock.Microseconds(DueTicks(sender, number), receivedTicks));
        var last = Interlocked.Read(ref _lastDeliveryTicks);
        if (receivedTicks > last)
        {
            Interlocked.CompareExchange(ref _lastDeliveryTicks, receivedTicks, last);
        }
    }

    public void Acknowledge(int sender, int number, bool failed, ReadOnlySpan<byte> record, long receivedTicks)
    {
        Ack.Record(MonotonicClock.Microseconds(DueTicks(sender, number), receivedTicks));
        if (failed)
        {
            Interlocked.Increment(ref AckErrors);
            Fail(Encoding.UTF8.GetString(record));
        }
        else
        {
            Interlocked.Increment(ref Acked);
        }
    }

    public void Fail(string error) => Interlocked.CompareExchange(ref _firstError, error.Length > 300 ? error[..300] : error, null);
}
