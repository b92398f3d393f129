using SortieChat.LoadTest.Sweep;

namespace SortieChat.LoadTest.Report;

/// <summary>A scenario's sweep against every target, as written to <c>docs/benchmarks/&lt;scenario&gt;.json</c>.</summary>
internal sealed record SweepReport(
    string Scenario,
    string Title,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    Machine Machine,
    SweepSettings Settings,
    IReadOnlyList<TargetResult> Targets);
