namespace SortieChat.LoadTest.Memory;

/// <summary>Scenario D against one server: RSS at each count of connections and the least-squares slope.</summary>
internal sealed record MemoryResult(string Name, double EmptyRssMiB, IReadOnlyList<MemoryPoint> Points)
{
    public double SlopeKiBPerConnection => Slope(Points);

    /// <summary>The slope over the points up to <paramref name="limit"/> connections (one connection per user there).</summary>
    public double SlopeUpTo(int limit) => Slope([.. Points.Where(p => p.Connections <= limit)]);

    public double SlopeFrom(int limit) => Slope([.. Points.Where(p => p.Connections >= limit)]);

    private static double Slope(IReadOnlyList<MemoryPoint> points)
    {
        if (points.Count < 2)
        {
            return 0;
        }

        var meanX = points.Average(p => (double)p.Connections);
        var meanY = points.Average(p => p.RssMiB * 1024);
        var covariance = points.Sum(p => (p.Connections - meanX) * ((p.RssMiB * 1024) - meanY));
        var variance = points.Sum(p => (p.Connections - meanX) * (p.Connections - meanX));
        return Math.Round(covariance / variance, 1);
    }
}
