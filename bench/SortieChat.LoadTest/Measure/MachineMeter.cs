using System.Globalization;

namespace SortieChat.LoadTest.Measure;

/// <summary>
/// Busy CPU time of the whole machine (/proc/stat), so that a step can say how much CPU went to processes other than
/// the server and the generator: on a shared machine a build running beside the benchmark shows up here.
/// </summary>
internal static class MachineMeter
{
    private const double MillisecondsPerTick = 10.0;

    public static double BusyMilliseconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // cpu user nice system idle iowait irq softirq steal: user, nice, system and steal are time charged to processes
        // (or taken by the hypervisor); irq and softirq (the loopback network's own work) are charged to nobody, so
        // they are left out rather than blamed on other processes.
        double busy = 0;
        foreach (var i in new[] { 1, 2, 3, 8 })
        {
            if (i < fields.Length)
            {
                busy += long.Parse(fields[i], CultureInfo.InvariantCulture);
            }
        }

        return busy * MillisecondsPerTick;
    }
}
