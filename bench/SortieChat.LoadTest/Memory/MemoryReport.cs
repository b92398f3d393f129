using SortieChat.LoadTest.Report;

namespace SortieChat.LoadTest.Memory;

/// <summary>Scenario D as written to <c>docs/benchmarks/scenario-d.json</c>.</summary>
internal sealed record MemoryReport(
    string Scenario,
    string Title,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    Machine Machine,
    int Members,
    int Users,
    IReadOnlyList<MemoryResult> Targets);
