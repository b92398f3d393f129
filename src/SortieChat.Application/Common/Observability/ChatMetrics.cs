using System.Diagnostics.Metrics;

namespace SortieChat.Application.Common.Observability;

/// <summary>
/// The product's own instruments, on the <see cref="MeterName"/> meter that the host exports (Prometheus at
/// /metrics, OTLP when configured). The hub's fan-out adds its deliveries, connections and rooms to the same meter.
/// </summary>
public sealed class ChatMetrics
{
    public const string MeterName = "SortieChat";

    // Seconds, from a cached read to a commit queued behind a busy disk (the exporters' defaults are milliseconds).
    private static readonly double[] DurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly Counter<long> messagesSent;
    private readonly Histogram<double> commandDuration;
    private readonly Counter<long> rateLimitRejections;

    public ChatMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        messagesSent = meter.CreateCounter<long>("sortiechat.messages.sent", "{message}", "Messages committed, system messages included.");
        commandDuration = meter.CreateHistogram(
            "sortiechat.command.duration", "s", "From the command's arrival to its answer, commit included: a send's latency is command=SendMessage.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        rateLimitRejections = meter.CreateCounter<long>(
            "sortiechat.rate_limit.rejections", "{request}", "Requests refused by a rate limit or slow mode, by code.");
    }

    public void MessageSent() => messagesSent.Add(1);

    public void CommandAnswered(string command, TimeSpan duration, string? errorCode) =>
        commandDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("command", command), new KeyValuePair<string, object?>("outcome", errorCode ?? "ok"));

    public void RateLimited(string code) => rateLimitRejections.Add(1, new KeyValuePair<string, object?>("code", code));
}
