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
          memory  --scenario D --from 1000 --to 10000 --by 1000 [--rooms 500] [--members 10] (servers as for sweep)
          history --scenario C --database FILE [--big 1000000] [--small 10000] [--wide 1000] [--chats 1000] [--repeat 200]
                  --sortiechat URL --sortiechat-pid PID [--state FILE] [--out docs/benchmarks]
          render  [--out docs/benchmarks]   rewrites every scenario's .md and .svg from its .json
        """;

    public static async Task<int> RunAsync(Arguments args) => args.Command switch
    {
        "sweep" => await SweepAsync(args),
        "memory" => await MemoryAsync(args),
        "history" => await HistoryAsync(args),
        "render" => await RenderAsync(args),
        "help" or "--help" => Help(),
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

    private static async Task<int> MemoryAsync(Arguments args)
    {
        var scenario = args.Text("scenario", "D");
        var from = args.Int("from", 1000);
        var to = args.Int("to", 10000);
        var by = args.Int("by", 1000);
        var rooms = args.Int("rooms", 500);
        var members = args.Int("members", 10);
        var output = args.Text("out", "docs/benchmarks");
        var targets = await Targets.ReadAsync(args);
        args.RejectUnknown();

        var startedAt = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var counts = Enumerable.Range(0, ((to - from) / by) + 1).Select(i => from + (i * by)).ToArray();
        var results = new List<Memory.MemoryResult>();
        foreach (var target in targets)
        {
            Console.Error.WriteLine($"scenario {scenario} against {target.Name} ({target.BaseUri})");
            results.Add(await new Memory.MemoryRunner(target, rooms, members, counts).RunAsync(CancellationToken.None));
        }

        var report = new Memory.MemoryReport(scenario, "memory per idle joined connection", startedAt, Math.Round(clock.Elapsed.TotalSeconds), Machine.Current(), members, rooms * members, results);
        var markdown = Memory.MemoryMarkdown.Write(report);
        await ReportFiles.WriteAsync(output, "scenario-" + scenario.ToLowerInvariant(), report, markdown, Memory.MemoryMarkdown.Chart(report));
        Console.Error.WriteLine(markdown);
        return 0;
    }

    private static async Task<int> HistoryAsync(Arguments args)
    {
        var scenario = args.Text("scenario", "C");
        var database = args.Text("database") ?? throw new ArgumentException("--database: the SQLite file of the SortieChat server");
        var big = args.Int("big", 1_000_000);
        var small = args.Int("small", 10_000);
        var wide = args.Int("wide", 1000);
        var chats = args.Int("chats", 1000);
        var repeats = args.Int("repeat", 200);
        var output = args.Text("out", "docs/benchmarks");
        var target = (await Targets.ReadAsync(args)).FirstOrDefault(t => !t.IsBare) ?? throw new ArgumentException("scenario C needs --sortiechat");
        args.RejectUnknown();

        var startedAt = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Console.Error.WriteLine($"scenario {scenario} against {target.Name} ({target.BaseUri})");
        var runner = new History.HistoryRunner(target, new Setup.Sqlite3(database), big, small, wide, chats, repeats);
        var (queries, chatCount, messageCount, seedSeconds, plans) = await runner.RunAsync(CancellationToken.None);
        var report = new History.HistoryReport(
            scenario,
            "history paging in a chat of 1,000,000 messages against one of 10,000",
            startedAt,
            Math.Round(clock.Elapsed.TotalSeconds),
            Machine.Current(),
            chatCount,
            messageCount,
            seedSeconds,
            queries,
            History.HistoryMarkdown.Ratios(queries),
            plans);
        var markdown = History.HistoryMarkdown.Write(report);
        await ReportFiles.WriteAsync(output, "scenario-" + scenario.ToLowerInvariant(), report, markdown, null);
        Console.Error.WriteLine(markdown);
        return 0;
    }

    private static async Task<int> RenderAsync(Arguments args)
    {
        var output = args.Text("out", "docs/benchmarks");
        args.RejectUnknown();
        await Render.RunAsync(output);
        return 0;
    }

    private static int Help()
    {
        Console.Error.WriteLine(Usage);
        return 0;
    }
}
