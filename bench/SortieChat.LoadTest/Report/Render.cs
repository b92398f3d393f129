using System.Text.Json;
using SortieChat.LoadTest.History;
using SortieChat.LoadTest.Memory;

namespace SortieChat.LoadTest.Report;

/// <summary>Rewrites the Markdown and SVG of every result file in a directory from its JSON, without running anything.</summary>
internal static class Render
{
    public static async Task RunAsync(string directory)
    {
        foreach (var path in Directory.GetFiles(directory, "scenario-*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(path);
            var name = Path.GetFileNameWithoutExtension(path);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.TryGetProperty("settings", out _))
            {
                var report = JsonSerializer.Deserialize<SweepReport>(json, ReportFiles.Json)!;
                await ReportFiles.WriteAsync(directory, name, report, SweepMarkdown.Write(report), SweepChart.Draw(report));
            }
            else if (root.TryGetProperty("queries", out _))
            {
                var report = JsonSerializer.Deserialize<HistoryReport>(json, ReportFiles.Json)!;
                await ReportFiles.WriteAsync(directory, name, report, HistoryMarkdown.Write(report), null);
            }
            else
            {
                var report = JsonSerializer.Deserialize<MemoryReport>(json, ReportFiles.Json)!;
                await ReportFiles.WriteAsync(directory, name, report, MemoryMarkdown.Write(report), MemoryMarkdown.Chart(report));
            }
        }
    }
}
