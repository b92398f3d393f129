using SortieChat.LoadTest.Report;

namespace SortieChat.LoadTest.History;

/// <summary>Scenario C as written to <c>docs/benchmarks/scenario-c.json</c>.</summary>
internal sealed record HistoryReport(
    string Scenario,
    string Title,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    Machine Machine,
    long Chats,
    long Messages,
    double SeedSeconds,
    IReadOnlyList<HistoryQuery> Queries,
    IReadOnlyList<HistoryRatio> Ratios,
    IReadOnlyDictionary<string, string> QueryPlans);
