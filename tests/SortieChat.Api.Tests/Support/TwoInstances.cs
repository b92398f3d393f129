using SortieChat.Tests.Shared;

namespace SortieChat.Api.Tests.Support;

/// <summary>
/// Two real server processes on two loopback ports, sharing one SQLite file (their writes serialized by SQLite's file
/// lock and busy timeout) and one real redis-server.
/// </summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private readonly string shared;

    private TwoInstances(RedisServer redis, string shared, ServerProcess a, ServerProcess b)
    {
        Redis = redis;
        this.shared = shared;
        A = a;
        B = b;
    }

    public RedisServer Redis { get; }

    public ServerProcess A { get; }

    public ServerProcess B { get; }

    public static async Task<TwoInstances> StartAsync()
    {
        var redis = await RedisServer.StartAsync();
        var shared = Path.Combine(Path.GetTempPath(), "sortiechat-two-instances", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(shared);
        var settings = new Dictionary<string, string>
        {
            ["Redis:Connection"] = redis.Connection,
            ["Redis:ChannelPrefix"] = $"test-{Guid.NewGuid():N}",
            ["Storage:Sqlite:Path"] = Path.Combine(shared, "sortiechat.db"),
            ["Media:Local:Root"] = Path.Combine(shared, "media"),
            ["Push:Enabled"] = "true",
            ["Push:AllowInsecureEndpoints"] = "true", // the tests' push service listens on loopback http
        };
        // One after the other: the first creates the schema, the second finds it current.
        var a = await ServerProcess.StartAsync(settings);
        var b = await ServerProcess.StartAsync(settings);
        return new TwoInstances(redis, shared, a, b);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
        try
        {
            Directory.Delete(shared, recursive: true);
        }
        catch (IOException)
        {
            // Left behind in the temporary folder.
        }
    }
}
