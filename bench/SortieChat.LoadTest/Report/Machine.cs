using System.Runtime.InteropServices;

namespace SortieChat.LoadTest.Report;

/// <summary>Where a run happened, written beside its numbers.</summary>
internal sealed record Machine(string Cpu, int Cores, string Os, string Runtime, double MemoryGiB)
{
    public static Machine Current()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
        var memory = File.Exists("/proc/meminfo")
            ? double.Parse(File.ReadLines("/proc/meminfo").First().Split(':')[1].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024
            : 0;
        var cores = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").Count(line => line.StartsWith("processor", StringComparison.Ordinal)) : Environment.ProcessorCount;
        return new Machine(cpu, cores, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, Math.Round(memory, 1));
    }
}
