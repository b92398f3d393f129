namespace SortieChat.LoadTest.History;

/// <summary>A p99 at the big chat divided by the same query's p99 at the small chat (goal ≤ 1.5).</summary>
internal sealed record HistoryRatio(string Comparison, double BigP99Ms, double SmallP99Ms, double Ratio, bool Met);
