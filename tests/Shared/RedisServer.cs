using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SortieChat.Tests.Shared;

/// <summary>
/// A real <c>redis-server</c> (Debian's package) on a free loopback port, without persistence, stopped by its pid.
/// Tests that need one skip, saying why, only when the binary is not installed (.ci/run installs it). Compiled into
/// each test project that needs it (tests/Shared).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string binary;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sortiechat-redis-tests", Guid.NewGuid().ToString("N"));
    private Process? process;

    private RedisServer(string binary, int port)
    {
        this.binary = binary;
        Port = port;
    }

    /// <summary>Why a test that needs Redis is skipped here.</summary>
    public const string MissingReason = "redis-server is not installed (apt-get install -y redis-server; .ci/run installs it)";

    /// <summary>The installed redis-server, or null.</summary>
    public static string? Binary => new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for <c>Redis:Connection</c>.</summary>
    public string Connection => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var binary = Binary;
        if (binary is null)
        {
            Assert.Skip(MissingReason);
        }

        var server = new RedisServer(binary, FreePort());
        Directory.CreateDirectory(server.directory);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts it (again, after a kill) on the same port, and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(binary)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", directory })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await AnswersPingAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not start on port {Port}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL by pid: Redis disappears as in a crash.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left behind in the temporary folder; nothing else depends on it.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
