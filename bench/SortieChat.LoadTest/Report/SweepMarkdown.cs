using System.Globalization;
using System.Text;
using SortieChat.LoadTest.Sweep;

namespace SortieChat.LoadTest.Report;

/// <summary>One table row per step and target, the knee of each target, and the ratio between them.</summary>
internal static class SweepMarkdown
{
    public static string Write(SweepReport report)
    {
        var s = report.Settings;
        var md = new StringBuilder();
        md.AppendLine(Inv($"# Scenario {report.Scenario}: {report.Title}"));
        md.AppendLine();
        md.AppendLine(Inv($"Run {report.StartedAt:yyyy-MM-dd HH:mm} UTC, {report.DurationSeconds:F0} s; {report.Machine.Cpu}, {report.Machine.Cores} cores, {report.Machine.Runtime}."));
        md.AppendLine(Inv($"{s.Rooms} room(s) × {s.Members} members ({s.Connections} connections), {s.SendersPerRoom} sender(s) per room, steps of {s.StepSeconds:0} s after a {s.WarmupSeconds:0} s warm-up, drain {s.DrainSeconds:0} s, content {s.ContentLength} chars{(s.ReconnectPercentPerMinute > 0 ? Inv($", {s.ReconnectPercentPerMinute:0} % of clients reconnecting per minute") : string.Empty)}."));
        md.AppendLine();
        md.AppendLine("| server | offered msgs/s | delivered msgs/s | deliveries/s | reach | ack p50 / p99 ms | delivery p50 / p99 / p99.9 ms | server CPU % | server CPU-ms per 1,000 deliveries | server RSS MiB | generator CPU % | other processes CPU % | result |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var target in report.Targets)
        {
            foreach (var r in target.Steps)
            {
                var verdict = r.Passed ? "pass" : "**fail**";
                if (r.GeneratorCpuPercent >= 90)
                {
                    verdict += ", generator saturated (CPU)";
                }
                else if (r.GeneratorSaturated)
                {
                    verdict += Inv($", generator behind schedule (timer lag p99 {r.GeneratorWakeLagP99Ms} ms)");
                }

                if (r.Reconnects > 0)
                {
                    verdict += Inv($", {r.Reconnects} reconnects");
                }

                md.AppendLine(Inv($"| {target.Name} | {r.OfferedRate:0} | {r.MessagesPerSecond:0} | {r.DeliveriesPerSecond:N0} | {r.Reach:P2} | {r.AckP50Ms} / {r.AckP99Ms} | {r.DeliveryP50Ms} / {r.DeliveryP99Ms} / {r.DeliveryP999Ms} | {r.ServerCpuPercent} | {r.ServerCpuMsPer1000Deliveries} | {r.ServerRssMiB} | {r.GeneratorCpuPercent} | {r.OtherCpuPercent} | {verdict} |"));
            }
        }

        md.AppendLine();
        md.AppendLine("CPU % is of one core. \"Other processes\" is the rest of the machine's busy time during the step (builds and tests of other work share these 2 cores): a high value there taints the row. A row marked \"generator saturated\" or \"behind schedule\" (the generator at ≥ 90 % of its core, or its send timers waking more than 10 ms late at p99) measures the generator as much as the server.");
        md.AppendLine();
        md.AppendLine("Knee = the highest offered rate such that it and every lower rate had delivery p99 ≤ 100 ms, 100 % reach and no failed acknowledgement.");
        md.AppendLine();
        foreach (var target in report.Targets)
        {
            var aside = target.KneeSettingAsideGeneratorRows != target.Knee
                ? Inv($"; {target.KneeSettingAsideGeneratorRows:0} msgs/s setting aside failed rows that the generator tainted")
                : string.Empty;
            md.AppendLine(Inv($"- {target.Name}: knee {Knee(target)}{aside} (idle RSS before the sweep {target.IdleRssMiB} MiB)"));
        }

        if (report.Targets.Count == 2 && report.Targets[0].Knee > 0)
        {
            md.AppendLine(Inv($"- ratio {report.Targets[1].Name} / {report.Targets[0].Name}: {report.Targets[1].Knee / report.Targets[0].Knee:F2}"));
        }

        var errors = report.Targets.SelectMany(t => t.Steps.Where(r => r.FirstError is not null).Select(r => Inv($"- {t.Name} at {r.OfferedRate:0}/s: `{r.FirstError!.Replace('`', '\'').Replace('\n', ' ')}`"))).ToArray();
        if (errors.Length > 0)
        {
            md.AppendLine();
            md.AppendLine("First error seen per step:");
            md.AppendLine();
            foreach (var error in errors)
            {
                md.AppendLine(error);
            }
        }

        return md.ToString();
    }

    private static string Knee(TargetResult target)
    {
        var last = target.Steps.Count > 0 ? target.Steps[^1] : null;
        var note = target.Knee > 0 && last is not null && last.Passed && target.Knee == last.OfferedRate ? " (the highest rate tried: the real knee is higher)" : string.Empty;
        return target.Knee > 0 ? Inv($"{target.Knee:0} msgs/s{note}") : Inv($"below the lowest rate tried ({target.Steps.FirstOrDefault()?.OfferedRate ?? 0:0} msgs/s)");
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
