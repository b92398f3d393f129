using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/SortieChat.Benchmarks -- --inProcess --job short --filter '*'   (build/bench.sh --micro)
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SortieChat.Benchmarks.SendPipelineBenchmarks).Assembly)
    .Run(args, SortieChat.Benchmarks.BenchmarkConfig.Create());

// A benchmark that threw is reported in the table, not by the exit code: make it fail the run (CI runs them dry).
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
