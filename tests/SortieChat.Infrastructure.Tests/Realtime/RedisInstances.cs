using Microsoft.Extensions.Options;
using SortieChat.Infrastructure.Realtime.Redis;
using SortieChat.Tests.Shared;
using StackExchange.Redis;

namespace SortieChat.Infrastructure.Tests.Realtime;

/// <summary>A real redis-server, and one connection per simulated instance sharing a key prefix.</summary>
internal sealed class RedisInstances : IAsyncDisposable
{
    private readonly List<IConnectionMultiplexer> connections = [];
    private readonly string prefix = $"test-{Guid.NewGuid():N}";

    private RedisInstances(RedisServer server) => Server = server;

    public RedisServer Server { get; }

    public static async Task<RedisInstances> StartAsync() => new(await RedisServer.StartAsync());

    /// <summary>A new instance's connection and settings (its entries live <paramref name="ttlSeconds"/> without a heartbeat).</summary>
    public (IConnectionMultiplexer Connection, IOptions<RedisOptions> Options) Connect(int ttlSeconds = 45)
    {
        var options = new ConfigurationOptions { EndPoints = { Server.Connection }, AbortOnConnectFail = false, BacklogPolicy = BacklogPolicy.FailFast };
        var connection = ConnectionMultiplexer.Connect(options);
        connections.Add(connection);
        var settings = new RedisOptions { Connection = Server.Connection, ChannelPrefix = prefix, PresenceTtlSeconds = ttlSeconds, PresenceHeartbeatSeconds = 1 };
        return (connection, Options.Create(settings));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}

/// <summary>Tests that each get a fresh redis-server.</summary>
public abstract class RedisTests : IAsyncLifetime
{
    private RedisInstances? redis;

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    internal RedisInstances Redis => redis ?? throw new InvalidOperationException("The redis-server starts with the test.");

    public async ValueTask InitializeAsync() => redis = await RedisInstances.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }
}
