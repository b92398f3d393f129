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
        // cpu user nice system idle iowait irq softirq steal ...: everything but idle and iowait is busy.
        double busy = 0;
        for (var i = 1; i < Math.Min(fields.Length, 9); i++)
        {
            if (i is not 4 and not 5)
            {
                busy += long.Parse(fields[i], CultureInfo.InvariantCulture);
            }
        }

        return busy * MillisecondsPerTick;
    }
}
