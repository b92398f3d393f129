using System.Globalization;

namespace SortieChat.LoadTest.Measure;

/// <summary>CPU time and resident memory of a process, read from /proc (Linux only).</summary>
internal sealed class ProcessMeter(int pid)
{
    // USER_HZ: the unit of utime and stime in /proc/<pid>/stat; 100 on every Linux architecture .NET runs on.
    private const double MillisecondsPerTick = 10.0;

    public int Pid { get; } = pid;

    public static ProcessMeter Self() => new(Environment.ProcessId);

    public bool IsAlive => File.Exists($"/proc/{Pid}/stat");

    /// <summary>User plus kernel CPU time in milliseconds.</summary>
    public double CpuMilliseconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // The command name may hold spaces: fields are counted after its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var user = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var kernel = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (user + kernel) * MillisecondsPerTick;
    }

    /// <summary>Resident set size in KiB (VmRSS).</summary>
    public long RssKiB()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
