using System.Text.Json;
using System.Text.Json.Serialization;

namespace SortieChat.LoadTest.Report;

/// <summary>Writes and reads the result files of <c>docs/benchmarks/</c>.</summary>
internal static class ReportFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task WriteAsync(string directory, string name, object report, string markdown, string? svg)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".json"), JsonSerializer.Serialize(report, Json) + "\n");
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".md"), markdown);
        if (svg is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name + ".svg"), svg);
        }

        Console.Error.WriteLine($"  wrote {Path.Combine(directory, name)}.json, .md{(svg is null ? string.Empty : ", .svg")}");
    }
}
