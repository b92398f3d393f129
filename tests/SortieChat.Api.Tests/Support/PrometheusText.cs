namespace SortieChat.Api.Tests.Support;

/// <summary>Samples read from /metrics (Prometheus text).</summary>
public static class PrometheusText
{
    /// <summary>The value of the first sample of <paramref name="metric"/> whose labels hold <paramref name="labels"/>.</summary>
    public static double Value(string text, string metric, string labels = "")
    {
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(metric + "{", StringComparison.Ordinal) && l.Contains(labels, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No sample {metric} with {labels} in:\n{text}");
        return double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
