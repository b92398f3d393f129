using System.Globalization;
using System.Text;

namespace SortieChat.LoadTest.History;

/// <summary>Scenario C's tables and query plans.</summary>
internal static class HistoryMarkdown
{
    public const double Goal = 1.5;

    public static IReadOnlyList<HistoryRatio> Ratios(IReadOnlyList<HistoryQuery> queries)
    {
        var chats = queries.Select(q => q.Chat).Distinct().ToArray();
        if (chats.Length < 2)
        {
            return [];
        }

        HistoryRatio Compare(string name, string bigName, string smallName)
        {
            var bigQuery = queries.First(q => q.Chat == chats[0] && q.Name == bigName);
            var smallQuery = queries.First(q => q.Chat == chats[1] && q.Name == smallName);
            var ratio = Math.Round(bigQuery.P99Ms / Math.Max(0.01, smallQuery.P99Ms), 2);
            return new HistoryRatio(name, bigQuery.P99Ms, smallQuery.P99Ms, ratio, ratio <= Goal);
        }

        return
        [
            Compare("newest page", "newest page", "newest page"),
            Compare("deep page by before= (1,000 pages deep / the oldest page)", "1,000 pages deep (before=)", "oldest page (before=)"),
            Compare("afterSeq= from the middle", "from the middle (afterSeq=)", "from the middle (afterSeq=)"),
        ];
    }

    public static string Write(HistoryReport report)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"# Scenario {report.Scenario}: {report.Title}"));
        md.AppendLine();
        md.AppendLine(Inv($"Run {report.StartedAt:yyyy-MM-dd HH:mm} UTC, {report.DurationSeconds:F0} s; {report.Machine.Cpu}, {report.Machine.Cores} cores, {report.Machine.Runtime}."));
        md.AppendLine(Inv($"Database: {report.Chats:N0} chats, {report.Messages:N0} messages (seeded with sqlite3 into the server's own file in {report.SeedSeconds} s). Every kind of page asked for 100 times first (the server warms up on all of them), then {report.Queries.FirstOrDefault()?.Repeats ?? 0} timed rounds after 20 unmeasured ones, each round asking for every kind once (interleaved, so that the server's background work falls on every kind alike), one request at a time, over loopback HTTP, the server pinned to one core."));
        md.AppendLine();
        md.AppendLine("| chat | request | query | p50 ms | p99 ms | max ms | response bytes | items |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var q in report.Queries)
        {
            md.AppendLine(Inv($"| {q.Chat} | {q.Name} | `{(q.Query.Length > 40 ? q.Query[..40] + "…" : q.Query)}` | {q.P50Ms} | {q.P99Ms} | {q.MaxMs} | {q.Bytes:N0} | {q.Items} |"));
        }

        md.AppendLine();
        md.AppendLine("| comparison (p99, big chat ÷ small chat) | big ms | small ms | ratio | goal ≤ 1.5 |");
        md.AppendLine("|---|---:|---:|---:|---|");
        foreach (var r in report.Ratios)
        {
            md.AppendLine(Inv($"| {r.Comparison} | {r.BigP99Ms} | {r.SmallP99Ms} | {r.Ratio} | {(r.Met ? "met" : "**not met**")} |"));
        }

        md.AppendLine();
        md.AppendLine("Query plans (`EXPLAIN QUERY PLAN`, the SQL of SqliteQueries on the big chat):");
        md.AppendLine();
        foreach (var (name, plan) in report.QueryPlans)
        {
            var steps = plan.Split('\n').Select(line => line.Replace("QUERY PLAN", string.Empty, StringComparison.Ordinal).TrimStart('`', '|', '-', ' ')).Where(line => line.Length > 0);
            md.AppendLine(Inv($"- {name}: `{string.Join("; ", steps)}`"));
        }

        return md.ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
