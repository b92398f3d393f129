using System.Globalization;
using System.Text;
using SortieChat.LoadTest.Report;

namespace SortieChat.LoadTest.Memory;

/// <summary>Scenario D's table, slopes and chart.</summary>
internal static class MemoryMarkdown
{
    public static string Write(MemoryReport report)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"# Scenario {report.Scenario}: {report.Title}"));
        md.AppendLine();
        md.AppendLine(Inv($"Run {report.StartedAt:yyyy-MM-dd HH:mm} UTC, {report.DurationSeconds:F0} s; {report.Machine.Cpu}, {report.Machine.Cores} cores, {report.Machine.Runtime}."));
        md.AppendLine(Inv($"Idle connections, each authenticated (SortieChat) and joined to its room: {report.Users:N0} users in rooms of {report.Members}, one connection each (past {report.Users:N0} connections a user would open a second device in the same room). Fresh server processes; RSS read 4 s after each batch of 1,000 (no forced GC)."));
        md.AppendLine();
        md.Append("| connections |");
        md.AppendLine(string.Concat(report.Targets.Select(t => Inv($" {t.Name} RSS MiB |"))));
        md.Append("|---:|");
        md.AppendLine(string.Concat(report.Targets.Select(_ => "---:|")));
        md.Append("| 0 |");
        md.AppendLine(string.Concat(report.Targets.Select(t => Inv($" {t.EmptyRssMiB} |"))));
        var counts = report.Targets.SelectMany(t => t.Points.Select(p => p.Connections)).Distinct().Order();
        foreach (var count in counts)
        {
            md.Append(Inv($"| {count:N0} |"));
            md.AppendLine(string.Concat(report.Targets.Select(t => Inv($" {t.Points.FirstOrDefault(p => p.Connections == count)?.RssMiB.ToString(CultureInfo.InvariantCulture) ?? "—"} |"))));
        }

        md.AppendLine();
        foreach (var target in report.Targets)
        {
            var split = target.Points.Count(p => p.Connections > report.Users) >= 2
                ? Inv($"; {target.SlopeUpTo(report.Users)} KiB up to {report.Users:N0} (one connection per user), {target.SlopeFrom(report.Users)} KiB from there (second devices)")
                : string.Empty;
            md.AppendLine(Inv($"- {target.Name}: {target.SlopeKiBPerConnection} KiB per idle joined connection (least-squares slope from {target.Points[0].Connections:N0} to {target.Points[^1].Connections:N0}){split}"));
        }

        if (report.Targets.Count == 2 && report.Targets[0].SlopeKiBPerConnection > 0)
        {
            md.AppendLine(Inv($"- ratio {report.Targets[1].Name} / {report.Targets[0].Name}: {report.Targets[1].SlopeKiBPerConnection / report.Targets[0].SlopeKiBPerConnection:F2} (goal ≤ 1.3)"));
        }

        return md.ToString();
    }

    public static string Chart(MemoryReport report)
    {
        var max = report.Targets.SelectMany(t => t.Points).Select(p => p.RssMiB).DefaultIfEmpty(100).Max();
        var top = report.Targets.SelectMany(t => t.Points).Select(p => p.Connections).DefaultIfEmpty(1).Max();
        var series = report.Targets.Select(t => new SvgChart.Series(t.Name, [(0.0, t.EmptyRssMiB), .. t.Points.Select(p => ((double)p.Connections, p.RssMiB))])).ToArray();
        return SvgChart.Draw(
            Inv($"Scenario {report.Scenario}: server RSS against idle joined connections"),
            new("idle joined connections", false, 0, top),
            new("server RSS, MiB", false, 0, Math.Ceiling(max / 100) * 100),
            series);
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
