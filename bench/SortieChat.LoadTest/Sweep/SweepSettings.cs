namespace SortieChat.LoadTest.Sweep;

/// <summary>One scenario's shape and schedule.</summary>
internal sealed record SweepSettings(
    string Scenario,
    string Title,
    int Rooms,
    int Members,
    int SendersPerRoom,
    IReadOnlyList<double> Rates,
    double StepSeconds,
    double WarmupSeconds,
    double DrainSeconds,
    double ReconnectPercentPerMinute,
    int ContentLength)
{
    /// <summary>A step past this p99 (or below 99 % reach) ends the sweep: higher rates only pile up a backlog.</summary>
    public const double StopAboveP99Ms = 1000;

    public const double GoalP99Ms = 100;

    public int Connections => Rooms * Members;

    public int Senders => Rooms * SendersPerRoom;
}
