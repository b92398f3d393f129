using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SortieChat.Infrastructure.Webhooks;

internal static class WebhookRegistration
{
    /// <summary>The outbox rows every store writes, and the worker that delivers them (idle when no endpoint is configured).</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.SectionName));
        services.AddSingleton<WebhookOutboxRows>();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddHostedService<WebhookDeliveryWorker>();
        return services;
    }
}
