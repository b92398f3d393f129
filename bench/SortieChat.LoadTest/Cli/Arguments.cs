using System.Globalization;

namespace SortieChat.LoadTest.Cli;

/// <summary><c>command --key value --flag ...</c>, read once; an unknown key is an error, not a silent default.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args)
    {
        Command = args.Count > 0 ? args[0] : "help";
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            var key = args[i][2..];
            var isFlag = i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal);
            _values[key] = isFlag ? "true" : args[++i];
        }
    }

    public string Command { get; }

    public string? Text(string key)
    {
        _read.Add(key);
        return _values.GetValueOrDefault(key);
    }

    public string Text(string key, string fallback) => Text(key) ?? fallback;

    public int Int(string key, int fallback) => Text(key) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Double(string key, double fallback) => Text(key) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string key) => Text(key) is "true";

    public IReadOnlyList<double> Doubles(string key, string fallback) =>
        [.. Text(key, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part => double.Parse(part, CultureInfo.InvariantCulture))];

    public IReadOnlyList<int> Ints(string key, string fallback) =>
        [.. Text(key, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part => int.Parse(part, CultureInfo.InvariantCulture))];

    /// <summary>Throws on a key no command read: a typo must not run a 10-minute benchmark with defaults.</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(key => !_read.Contains(key)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"unknown option(s): {string.Join(", ", unknown.Select(key => "--" + key))}");
        }
    }
}
