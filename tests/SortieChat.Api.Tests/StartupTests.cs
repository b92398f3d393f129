using System.Diagnostics;

namespace SortieChat.Api.Tests;

/// <summary>The real server process, started as an operator would, outside Development.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "sortiechat-startup-tests", Guid.NewGuid().ToString("N"));

    public StartupTests() => Directory.CreateDirectory(contentRoot);

    public void Dispose() => Directory.Delete(contentRoot, recursive: true);

    [Fact]
    public async Task Start_InProductionWithoutASigningKey_ExitsWithOneClearLine()
    {
        var (exitCode, output) = await RunServerAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        exitCode.Should().Be(1);
        output.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("Jwt:SigningKey is not set");
    }

    [Fact]
    public async Task Start_InProductionWithPushButNoVapidKeys_ExitsWithOneClearLine()
    {
        var (exitCode, output) = await RunServerAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Jwt__SigningKey"] = "a-signing-key-of-at-least-32-bytes-long!",
            ["Push__Enabled"] = "true",
        });

        exitCode.Should().Be(1);
        output.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("Push:VapidPublicKey and Push:VapidPrivateKey are not set");
    }

    [Fact]
    public async Task Start_WithAnUnopenableDatabase_ExitsWithOneClearLine()
    {
        var blocker = Path.Combine(contentRoot, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where a folder should be", TestContext.Current.CancellationToken);

        var (exitCode, output) = await RunServerAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Jwt__SigningKey"] = "a-signing-key-of-at-least-32-bytes-long!",
            ["Storage__Sqlite__Path"] = Path.Combine(blocker, "db.sqlite"),
        });

        exitCode.Should().Be(1);
        output.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("cannot be opened");
    }

    [Fact]
    public async Task Start_WithAnInvalidMongoConnectionString_NeverPrintsItsPassword()
    {
        var (exitCode, output) = await RunServerAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Jwt__SigningKey"] = "a-signing-key-of-at-least-32-bytes-long!",
            ["Storage__Provider"] = "Mongo",
            ["ConnectionStrings__Mongo"] = "mongodb://admin:s3cret-Pa55@db.example.com:notaport/?replicaSet=rs0",
        });

        exitCode.Should().Be(1);
        output.Should().Contain("ConnectionStrings:Mongo").And.NotContain("s3cret-Pa55");
    }

    private async Task<(int ExitCode, string Output)> RunServerAsync(Dictionary<string, string> environment)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "SortieChat.Api.dll");
        var start = new ProcessStartInfo("dotnet", [server, "--contentRoot", contentRoot, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = contentRoot,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The server did not stop: it should have refused to start.");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
