using StackExchange.Redis;

namespace SortieChat.Api.Health;

internal static class HealthRegistration
{
    /// <summary>Ready covers the database, the media store, the webhook backlog and, when configured, Redis.</summary>
    public static IServiceCollection AddSortieChatHealthChecks(this IServiceCollection services)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<MediaStoreHealthCheck>("media", tags: ["ready"])
            .AddCheck<WebhookBacklogHealthCheck>("webhooks", tags: ["ready"]);
        if (services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer)))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        }

        return services;
    }
}
