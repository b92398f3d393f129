namespace SortieChat.LoadTest.Report;

/// <summary>Delivery p99 against offered load, one line per server, the 100 ms goal dashed.</summary>
internal static class SweepChart
{
    public static string Draw(SweepReport report)
    {
        var steps = report.Targets.SelectMany(t => t.Steps).ToArray();
        if (steps.Length == 0)
        {
            return SvgChart.Draw($"Scenario {report.Scenario}: no step ran", new("offered msgs/s", false, 0, 1), new("p99 ms", false, 0, 1), []);
        }

        var xMin = Math.Pow(2, Math.Floor(Math.Log2(steps.Min(s => s.OfferedRate))));
        var xMax = Math.Pow(2, Math.Ceiling(Math.Log2(steps.Max(s => s.OfferedRate))));
        var yMax = Math.Pow(10, Math.Ceiling(Math.Log10(Math.Max(1000, steps.Max(s => s.DeliveryP99Ms)))));
        var series = report.Targets.Select(t => new SvgChart.Series(t.Name, [.. t.Steps.Select(s => (s.OfferedRate, Math.Max(0.5, s.DeliveryP99Ms)))])).ToArray();
        return SvgChart.Draw(
            $"Scenario {report.Scenario}: delivery p99 against offered load",
            new("offered messages per second (log)", true, xMin, Math.Max(xMax, xMin * 2)),
            new("delivery p99, ms (log)", true, 0.5, yMax),
            series,
            (100, "goal: p99 ≤ 100 ms"));
    }
}
