using SortieChat.LoadTest.Cli;
using SortieChat.LoadTest.Report;
using SortieChat.LoadTest.Sweep;

namespace SortieChat.LoadTest;

/// <summary>The tool's commands.</summary>
internal static class Commands
{
    public const string Usage = """
        usage:
          sweep   --scenario A --title TEXT --rooms 1 --members 100 --senders 10 --rates 100,200,400 --step 10 --warmup 10
                  [--drain 5] [--reconnect-per-minute 0] [--content 64]
                  [--baseline URL --baseline-pid PID] [--sortiechat URL --sortiechat-pid PID] [--state FILE]
                  [--out docs/benchmarks] [--require-full-reach]
        """;

    public static async Task<int> RunAsync(Arguments args) => args.Command switch
    {
        "sweep" => await SweepAsync(args),
        _ => throw new ArgumentException($"unknown command '{args.Command}'"),
    };

    private static async Task<int> SweepAsync(Arguments args)
    {
        var settings = new SweepSettings(
            args.Text("scenario", "A"),
            args.Text("title", "one room of 100 members, 10 senders"),
            args.Int("rooms", 1),
            args.Int("members", 100),
            args.Int("senders", 10),
            args.Doubles("rates", "100,200,400,800,1600,3200"),
            args.Double("step", 10),
            args.Double("warmup", 10),
            args.Double("drain", 5),
            args.Double("reconnect-per-minute", 0),
            args.Int("content", 64));
        var output = args.Text("out", "docs/benchmarks");
        var requireFullReach = args.Flag("require-full-reach");
        var targets = await Targets.ReadAsync(args);
        args.RejectUnknown();

        var startedAt = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var runTag = Guid.NewGuid().ToString("N")[..8];
        var results = new List<TargetResult>();
        foreach (var target in targets)
        {
            Console.Error.WriteLine($"scenario {settings.Scenario} against {target.Name} ({target.BaseUri})");
            results.Add(await new SweepRunner(settings, target, runTag).RunAsync(CancellationToken.None));
        }

        var report = new SweepReport(settings.Scenario, settings.Title, startedAt, Math.Round(clock.Elapsed.TotalSeconds), Machine.Current(), settings, results);
        var name = "scenario-" + settings.Scenario.ToLowerInvariant();
        await ReportFiles.WriteAsync(output, name, report, SweepMarkdown.Write(report), SweepChart.Draw(report));
        Console.Error.WriteLine(SweepMarkdown.Write(report));

        var incomplete = results.SelectMany(r => r.Steps).Where(step => step.Reach < 1 || step.AckErrors > 0).ToArray();
        if (requireFullReach && (incomplete.Length > 0 || results.Any(r => r.Steps.Count == 0)))
        {
            Console.Error.WriteLine($"FAILED: {incomplete.Length} step(s) without 100 % reach or with failed acknowledgements.");
            return 1;
        }

        return 0;
    }
}
