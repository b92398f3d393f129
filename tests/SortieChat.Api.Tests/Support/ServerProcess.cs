using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SortieChat.Api.Tests.Support;

/// <summary>
/// The real server started as a separate process (the built SortieChat.Api.dll) on a free port and a temporary
/// folder, for tests where the server may die (a crash must fail the test, not kill the test host) or is killed.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly StringBuilder output = new();
    private Process? process;

    private ServerProcess(string directory, int port, IReadOnlyDictionary<string, string> settings)
    {
        Directory = directory;
        Port = port;
        Settings = settings;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public string Directory { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public bool HasExited => process is null || process.HasExited;

    /// <summary>Where the Api is built, with its appsettings.json: a content root as a deployment has it (the default is the test's folder).</summary>
    public static string ApiDirectory => Path.GetDirectoryName(ApiAssemblyPath())!;

    /// <summary>What the server printed so far (stdout and stderr).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? directory = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "sortiechat-process-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var server = new ServerProcess(directory, FreePort(), settings ?? new Dictionary<string, string>());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the process (again, after a kill) on the same folder and port, and waits until it answers.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ApiAssemblyPath());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var defaults = new Dictionary<string, string>
        {
            ["Storage__Sqlite__Path"] = Path.Combine(Directory, "sortiechat.db"),
            ["Media__Local__Root"] = Path.Combine(Directory, "media"),
            ["Jwt__SigningKey"] = "a-test-signing-key-of-at-least-32-bytes!",
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimits__SendsPerSecond"] = "100000",
            ["RateLimits__LoginsPerMinute"] = "100000",
            ["RateLimits__RegistrationsPerHour"] = "100000",
        };
        foreach (var (key, value) in defaults.Concat(Settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilLiveAsync();
    }

    /// <summary>SIGKILL: no shutdown, no flush; what was not synced to disk is lost.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async Task<bool> IsLiveAsync()
    {
        if (HasExited)
        {
            return false;
        }

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return (await http.GetAsync("health/live")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the temporary folder is left behind, nothing else.
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"The server exited at start:\n{Output}");
            }

            if (await IsLiveAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The server did not answer within 60 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The Api built beside this test project, in the same configuration.</summary>
    private static string ApiAssemblyPath()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        // tests/SortieChat.Api.Tests/bin/<Configuration>/<tfm>/
        var tfm = testDirectory.Name;
        var configuration = testDirectory.Parent!.Name;
        var root = testDirectory.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "src", "SortieChat.Api", "bin", configuration, tfm, "SortieChat.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The Api is not built beside the tests.", path);
    }
}
