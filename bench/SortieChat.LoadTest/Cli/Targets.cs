using System.Globalization;
using SortieChat.LoadTest.Measure;
using SortieChat.LoadTest.Setup;
using SortieChat.LoadTest.Sweep;

namespace SortieChat.LoadTest.Cli;

/// <summary>The servers named on the command line: <c>--baseline URL --baseline-pid PID --sortiechat URL --sortiechat-pid PID</c>.</summary>
internal static class Targets
{
    public static async Task<IReadOnlyList<Target>> ReadAsync(Arguments args)
    {
        var targets = new List<Target>();
        if (args.Text("baseline") is { } baseline)
        {
            targets.Add(new Target("baseline", new Uri(baseline), Meter(args, "baseline-pid"), null));
        }

        var state = args.Text("state", Path.Combine(Path.GetTempPath(), "sortiechat-loadtest-state.json"));
        if (args.Text("sortiechat") is { } sortieChat)
        {
            var uri = new Uri(sortieChat);
            var population = new Population(uri, state);
            await population.LoadAsync();
            if (args.Text("database") is { } database && args.Text("jwt-key") is { } key)
            {
                population.SeedAccountsThrough(new Sqlite3(database), key);
            }

            targets.Add(new Target("sortiechat", uri, Meter(args, "sortiechat-pid"), population));
        }

        return targets.Count > 0 ? targets : throw new ArgumentException("name at least one server: --baseline URL and/or --sortiechat URL");
    }

    private static ProcessMeter? Meter(Arguments args, string key) =>
        args.Text(key) is { } pid ? new ProcessMeter(int.Parse(pid, CultureInfo.InvariantCulture)) : null;
}
