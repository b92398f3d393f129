using DotNet.Testcontainers.Builders;
using Testcontainers.MongoDb;

namespace SortieChat.Application.Tests.Contract;

/// <summary>
/// A MongoDB replica set for the contract suite: MONGODB_URI when it is set, otherwise a container when a Docker
/// engine answers. With neither, the Mongo tests are skipped and say why; nothing stands in for a server.
/// </summary>
public sealed class MongoServer : IAsyncLifetime
{
    private MongoDbContainer? container;

    public string? ConnectionString { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("MONGODB_URI");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }

        try
        {
            container = new MongoDbBuilder("mongo:8.0").WithReplicaSet("rs0").Build();
            await container.StartAsync(TestContext.Current.CancellationToken);
            ConnectionString = container.GetConnectionString();
        }
        catch (DockerUnavailableException exception)
        {
            SkipReason = $"No MongoDB to test against: MONGODB_URI is not set and no Docker engine is reachable ({exception.Message.Split('\n')[0]})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }
}
