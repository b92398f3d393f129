using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>The client, the database and the write gate; checks at startup that the server can run transactions.</summary>
internal sealed partial class MongoContext : IStorageInitializer, IStorageProbe, IDisposable
{
    private readonly ILogger<MongoContext> logger;

    public MongoContext(MongoOptions options, ILogger<MongoContext> logger)
    {
        this.logger = logger;
        MongoMapping.Register();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new StartupException("Storage:Provider is Mongo but ConnectionStrings:Mongo is not set.");
        }

        MongoClientSettings settings;
        try
        {
            settings = MongoClientSettings.FromConnectionString(options.ConnectionString);
        }
        catch (MongoConfigurationException)
        {
            // The driver's message quotes the string, password included: say what is wrong without it.
            throw new StartupException("ConnectionStrings:Mongo is not a valid MongoDB connection string (not printed: it may hold a password).");
        }

        settings.ServerSelectionTimeout = TimeSpan.FromSeconds(options.ServerSelectionTimeoutSeconds);
        WriteConcern = ParseWriteConcern(options.WriteConcern);
        settings.WriteConcern = WriteConcern;
        Client = new MongoClient(settings);
        Collections = new MongoCollections(Client.GetDatabase(options.Database));
    }

    public IMongoClient Client { get; }

    public MongoCollections Collections { get; }

    public WriteConcern WriteConcern { get; }

    /// <summary>One command writes at a time in this instance (as with SQLite): no conflicts between them, commit order kept.</summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        BsonDocument hello;
        try
        {
            hello = await Collections.Database.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException or MongoException)
        {
            throw new StartupException($"MongoDB cannot be reached ({exception.GetType().Name}): check ConnectionStrings:Mongo.");
        }

        if (!hello.Contains("setName"))
        {
            throw new StartupException("MongoDB is a standalone server: SortieChat needs a replica set (multi-document transactions).");
        }

        await MongoMigrations.RunAllAsync(Collections, cancellationToken);
        await MongoIndexes.CreateAllAsync(Collections, cancellationToken);
        LogReady(logger, Collections.Database.DatabaseNamespace.DatabaseName, hello["setName"].AsString);
    }

    public Task PingAsync(CancellationToken cancellationToken) =>
        Collections.Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);

    public void Dispose() => WriteGate.Dispose();

    private static WriteConcern ParseWriteConcern(string value) =>
        int.TryParse(value, out var nodes) ? new WriteConcern(nodes, journal: true) : new WriteConcern(value, journal: true);

    [LoggerMessage(Level = LogLevel.Information, Message = "MongoDB database {Database} on replica set {ReplicaSet} is ready, indexes created")]
    private static partial void LogReady(ILogger logger, string database, string replicaSet);
}
