using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Push;

internal static class PushRegistration
{
    /// <summary>Web Push settings; the VAPID keys are resolved (or generated, in Development) when first asked for, at start.</summary>
    public static IServiceCollection AddPush(this IServiceCollection services, IConfiguration configuration, bool isDevelopment, string dataDirectory)
    {
        var options = configuration.GetSection(PushOptions.SectionName).Get<PushOptions>() ?? new PushOptions();
        var enabled = options.Enabled ?? isDevelopment;
        services.AddSingleton(_ => new PushSettings(options, enabled ? VapidKeys.Resolve(options, isDevelopment, dataDirectory) : null));
        services.AddSingleton<IPushSettings>(sp => sp.GetRequiredService<PushSettings>());
        return services;
    }
}
