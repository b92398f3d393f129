using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace SortieChat.Benchmarks;

internal static class BenchmarkConfig
{
    /// <summary>Allocations counted beside the times; the job and toolchain come from the command line (build/bench.sh --micro).</summary>
    public static IConfig Create() => DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
}
