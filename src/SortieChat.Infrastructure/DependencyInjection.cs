using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Infrastructure.Identity;
using Microsoft.Extensions.Options;
using SortieChat.Infrastructure.Media;
using SortieChat.Infrastructure.Media.Cloudinary;
using SortieChat.Infrastructure.Persistence.Mongo;
using SortieChat.Infrastructure.Persistence.Sqlite;
using SortieChat.Infrastructure.RateLimiting;
using SortieChat.Infrastructure.Realtime;
using SortieChat.Infrastructure.Realtime.Redis;
using SortieChat.Infrastructure.Time;
using SortieChat.Infrastructure.Webhooks;
using SortieChat.Infrastructure.Push;
using SortieChat.Application.Abstractions.Webhooks;
using SortieChat.Application.Abstractions.Push;

namespace SortieChat.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The adapters of every port, chosen and configured from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var contentRoot = environment.ContentRootPath;
        services.Configure<LimitsOptions>(configuration.GetSection(LimitsOptions.SectionName));
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.SectionName));
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddSingleton<InMemoryRateLimiter>();
        services.AddSingleton<ISendRateLimiter>(sp => sp.GetRequiredService<InMemoryRateLimiter>());
        services.AddSingleton<IUploadRateLimiter>(sp => sp.GetRequiredService<InMemoryRateLimiter>());
        services.AddSingleton<ILoginRateLimiter>(sp => sp.GetRequiredService<InMemoryRateLimiter>());
        services.AddSingleton<IRegistrationRateLimiter>(sp => sp.GetRequiredService<InMemoryRateLimiter>());

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<IIdGenerator, UuidV7IdGenerator>();

        services.AddSingleton<IPasswordHasher<object>, PasswordHasher<object>>();
        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.AddSingleton(_ => JwtSigningKey.Resolve(
            configuration["Jwt:SigningKey"], environment.IsDevelopment(), ResolvePath(contentRoot, "data")));
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddSingleton<IAccessTokenSettings, JwtAccessTokenSettings>();

        AddRedis(services, configuration);

        AddMedia(services, configuration, contentRoot);

        AddStorage(services, configuration, contentRoot);
        services.AddWebhooks(configuration);
        services.AddPush(configuration, environment.IsDevelopment(), ResolvePath(contentRoot, "data"));
        return services;
    }

    /// <summary>Creates or migrates the store and checks the signing key: call once before serving.</summary>
    public static async Task InitializeInfrastructureAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var jwt = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JwtOptions>>().Value;
        if (string.IsNullOrEmpty(jwt.Authority))
        {
            // Built-in accounts need the signing key: a missing one fails here, at start, not at the first login.
            _ = services.GetRequiredService<JwtSigningKey>();
        }

        // Missing VAPID keys outside Development fail here too, at start.
        _ = services.GetRequiredService<IPushSettings>();
        await services.GetRequiredService<IStorageInitializer>().InitializeAsync(cancellationToken);
    }

    private static void AddMedia(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.SectionName));
        services.AddSingleton<IMediaIngestor, MediaIngestor>();
        services.AddSingleton(new ThumbnailMaker(maxConcurrentDecodes: Environment.ProcessorCount));
        services.AddHostedService<UnusedUploadSweeper>();
        var media = configuration.GetSection(MediaOptions.SectionName).Get<MediaOptions>() ?? new MediaOptions();
        // The local folder also holds uploads while they are checked, whatever keeps them afterwards.
        services.AddSingleton(new LocalMediaStore(ResolvePath(contentRoot, media.Local.Root)));
        services.AddSingleton<IMediaFolder>(sp => sp.GetRequiredService<LocalMediaStore>());
        services.AddSingleton<IMediaLimits>(sp => sp.GetRequiredService<IOptions<MediaOptions>>().Value);
        if (string.Equals(media.Provider, "Cloudinary", StringComparison.OrdinalIgnoreCase))
        {
            var cloudinary = (configuration.GetSection("Media:Cloudinary").Get<CloudinaryOptions>() ?? new CloudinaryOptions())
                .WithUrl(configuration["CLOUDINARY_URL"]);
            if (!cloudinary.IsComplete)
            {
                throw new StartupException("Media:Provider is Cloudinary: set Media:Cloudinary:CloudName, ApiKey and ApiSecret, or CLOUDINARY_URL.");
            }

            services.AddSingleton(Options.Create(cloudinary));
            services.AddHttpClient<CloudinaryClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
                .AddStandardResilienceHandler(resilience =>
                {
                    resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(cloudinary.TimeoutSeconds);
                    resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(Math.Max(1, cloudinary.TimeoutSeconds / 2.0));
                    resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(cloudinary.TimeoutSeconds, 2 * resilience.AttemptTimeout.Timeout.TotalSeconds));
                    // An upload is a POST: retried only when it never reached Cloudinary or was answered 5xx/408/429.
                    resilience.Retry.MaxRetryAttempts = 2;
                });
            services.AddSingleton<CloudinaryBackend>();
            services.AddSingleton<IMediaBackend>(sp => sp.GetRequiredService<CloudinaryBackend>());
            services.AddSingleton<IMediaStore>(sp => sp.GetRequiredService<CloudinaryBackend>());
            services.AddSingleton<IMediaStoreProbe, CloudinaryStoreProbe>();
        }
        else if (string.Equals(media.Provider, "Local", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IMediaBackend, LocalMediaBackend>();
            services.AddSingleton<IMediaStore>(sp => sp.GetRequiredService<LocalMediaStore>());
            services.AddSingleton<IMediaStoreProbe, LocalMediaStoreProbe>();
        }
        else
        {
            throw new StartupException($"Media:Provider '{media.Provider}' is unknown: use Local or Cloudinary.");
        }
    }

    private static void AddStorage(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Storage:Provider"] ?? "Sqlite";
        if (string.Equals(provider, "Mongo", StringComparison.OrdinalIgnoreCase))
        {
            AddMongo(services, configuration);
        }
        else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            AddSqlite(services, configuration, contentRoot);
        }
        else
        {
            throw new StartupException($"Storage:Provider '{provider}' is unknown: use Sqlite or Mongo.");
        }
    }

    private static void AddSqlite(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var sqlite = configuration.GetSection(SqliteOptions.SectionName).Get<SqliteOptions>() ?? new SqliteOptions();
        services.AddSingleton(sp => new SqliteDatabase(ResolvePath(contentRoot, sqlite.Path), sp.GetRequiredService<ILogger<SqliteDatabase>>()));
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IStorageProbe, SqliteStorageProbe>();
        services.AddSingleton<SqliteEventWriter>();
        services.AddSingleton<SqliteGroupCommit>();
        services.AddSingleton<SqliteWebhookOutboxWriter>();
        services.AddSingleton<IWebhookOutbox, SqliteWebhookOutbox>();
        services.AddSingleton<IPushSubscriptionStore, SqlitePushSubscriptionStore>();
        services.AddSingleton<IChatMuteStore, SqliteChatMuteStore>();
        services.AddScoped<SqliteUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<SqliteUnitOfWork>());
        services.AddScoped<IUserRepository, SqliteUserRepository>();
        services.AddScoped<ISortieRepository, SqliteSortieRepository>();
        services.AddScoped<IParticipationRepository, SqliteParticipationRepository>();
        services.AddScoped<IChatRepository, SqliteChatRepository>();
        services.AddScoped<IMessageRepository, SqliteMessageRepository>();
        services.AddScoped<IUnreadMentions, SqliteUnreadMentions>();
        services.AddScoped<IUploadRepository, SqliteUploadRepository>();
    }

    private static void AddMongo(IServiceCollection services, IConfiguration configuration)
    {
        var mongo = configuration.GetSection(MongoOptions.SectionName).Get<MongoOptions>() ?? new MongoOptions();
        mongo.ConnectionString ??= configuration.GetConnectionString("Mongo");
        services.AddSingleton(sp => new MongoContext(mongo, sp.GetRequiredService<ILogger<MongoContext>>()));
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<MongoContext>());
        services.AddSingleton<IStorageProbe>(sp => sp.GetRequiredService<MongoContext>());
        services.AddSingleton<MongoEventWriter>();
        services.AddSingleton<MongoWebhookOutboxWriter>();
        services.AddSingleton<IWebhookOutbox, MongoWebhookOutbox>();
        services.AddSingleton<IPushSubscriptionStore, MongoPushSubscriptionStore>();
        services.AddSingleton<IChatMuteStore, MongoChatMuteStore>();
        services.AddScoped<MongoUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<MongoUnitOfWork>());
        services.AddScoped<IUserRepository, MongoUserRepository>();
        services.AddScoped<ISortieRepository, MongoSortieRepository>();
        services.AddScoped<IParticipationRepository, MongoParticipationRepository>();
        services.AddScoped<IChatRepository, MongoChatRepository>();
        services.AddScoped<IMessageRepository, MongoMessageRepository>();
        services.AddScoped<IUnreadMentions, MongoUnreadMentions>();
        services.AddScoped<IUploadRepository, MongoUploadRepository>();
    }

    /// <summary>With <c>Redis:Connection</c>, presence is shared; without it, this instance's memory is enough.</summary>
    private static void AddRedis(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisOptions.SectionName);
        services.Configure<RedisOptions>(section);
        var redis = section.Get<RedisOptions>() ?? new RedisOptions();
        if (string.IsNullOrWhiteSpace(redis.Connection))
        {
            services.AddSingleton<IPresenceTracker, InMemoryPresenceTracker>();
            return;
        }

        if (redis.PresenceHeartbeatSeconds <= 0 || redis.PresenceTtlSeconds <= redis.PresenceHeartbeatSeconds)
        {
            throw new StartupException("Redis:PresenceTtlSeconds must be longer than Redis:PresenceHeartbeatSeconds, and both positive.");
        }

        services.AddSingleton(sp => RedisConnection.Open(redis, sp.GetRequiredService<ILoggerFactory>().CreateLogger("SortieChat.Redis")));
        services.AddSingleton<RedisPresenceTracker>();
        services.AddSingleton<IPresenceTracker>(sp => sp.GetRequiredService<RedisPresenceTracker>());
        services.AddSingleton<RedisLiveConnections>();
        services.AddSingleton<ILiveConnections>(sp => sp.GetRequiredService<RedisLiveConnections>());
        services.AddHostedService<PresenceHeartbeat>();
    }

    private static string ResolvePath(string contentRoot, string path) => Path.GetFullPath(Path.Combine(contentRoot, path));
}
