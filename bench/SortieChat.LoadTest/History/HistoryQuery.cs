namespace SortieChat.LoadTest.History;

/// <summary>One history request of scenario C, as measured.</summary>
internal sealed record HistoryQuery(string Chat, string Name, string Query, int Repeats, double P50Ms, double P99Ms, double MaxMs, int Bytes, int Items);
