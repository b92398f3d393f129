using SortieChat.Tests.Shared;

namespace SortieChat.Api.Tests.Support;

/// <summary>One <see cref="TwoInstances"/> for the tests of a class that leave Redis running (each uses its own users).</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private TwoInstances? cluster;

    /// <summary>Skips the test, saying why, when redis-server is not installed.</summary>
    public TwoInstances Cluster
    {
        get
        {
            if (cluster is null)
            {
                Assert.Skip(RedisServer.MissingReason);
            }

            return cluster;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (RedisServer.Binary is not null)
        {
            cluster = await TwoInstances.StartAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}
