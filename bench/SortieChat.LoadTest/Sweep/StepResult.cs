namespace SortieChat.LoadTest.Sweep;

/// <summary>One rate of a sweep, as measured.</summary>
internal sealed record StepResult
{
    public required double OfferedRate { get; init; }

    public required double Seconds { get; init; }

    public required long Offered { get; init; }

    public required long Sent { get; init; }

    public required long Acked { get; init; }

    public required long AckErrors { get; init; }

    public required long Expected { get; init; }

    public required long Delivered { get; init; }

    public required double DeliveriesPerSecond { get; init; }

    public required double MessagesPerSecond { get; init; }

    public required double Reach { get; init; }

    public required double AckP50Ms { get; init; }

    public required double AckP99Ms { get; init; }

    public required double DeliveryP50Ms { get; init; }

    public required double DeliveryP99Ms { get; init; }

    public required double DeliveryP999Ms { get; init; }

    public required double DeliveryMaxMs { get; init; }

    public required double ServerCpuPercent { get; init; }

    public required double ServerCpuMsPer1000Deliveries { get; init; }

    public required double ServerRssMiB { get; init; }

    public required double GeneratorCpuPercent { get; init; }

    /// <summary>CPU used meanwhile by every other process of the machine, in % of one core (a shared machine).</summary>
    public required double OtherCpuPercent { get; init; }

    public required double GeneratorWakeLagP99Ms { get; init; }

    public required bool GeneratorSaturated { get; init; }

    public required int Reconnects { get; init; }

    public required long SkippedWhileReconnecting { get; init; }

    public string? FirstError { get; init; }

    public bool Passed => DeliveryP99Ms <= SweepSettings.GoalP99Ms && Expected > 0 && Delivered == Expected && AckErrors == 0;
}
