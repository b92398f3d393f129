using System.Diagnostics;

namespace SortieChat.LoadTest.Setup;

/// <summary>
/// The <c>sqlite3</c> command line on the server's own database file (WAL: it writes beside the running server). It
/// seeds history straight into the file and asks for query plans; the tool needs no SQLite package for that.
/// </summary>
internal sealed class Sqlite3(string databasePath)
{
    public async Task<string> RunAsync(string sql, CancellationToken ct)
    {
        var start = new ProcessStartInfo("sqlite3", ["-batch", databasePath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start (apt-get install sqlite3)");
        await process.StandardInput.WriteAsync(".timeout 60000\n" + sql);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var stderr = await error;
        return process.ExitCode == 0 && stderr.Length == 0
            ? (await output).Trim()
            : throw new InvalidOperationException($"sqlite3 failed ({process.ExitCode}): {stderr}");
    }

    public async Task<string> ScalarAsync(string sql, CancellationToken ct) => await RunAsync(sql.TrimEnd(';') + ";\n", ct);
}
