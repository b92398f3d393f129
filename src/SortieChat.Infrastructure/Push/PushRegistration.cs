using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Push;
using SortieChat.Infrastructure.Realtime;

namespace SortieChat.Infrastructure.Push;

internal static class PushRegistration
{
    /// <summary>Web Push settings (the VAPID keys resolved, or generated in Development, at start) and the sender when it is on.</summary>
    public static IServiceCollection AddPush(this IServiceCollection services, IConfiguration configuration, bool isDevelopment, string dataDirectory)
    {
        var options = configuration.GetSection(PushOptions.SectionName).Get<PushOptions>() ?? new PushOptions();
        var enabled = options.Enabled ?? isDevelopment;
        services.AddSingleton(_ => new PushSettings(options, enabled ? VapidKeys.Resolve(options, isDevelopment, dataDirectory) : null));
        services.AddSingleton<IPushSettings>(sp => sp.GetRequiredService<PushSettings>());
        services.TryAddSingleton<ILiveConnections, LiveConnectionCounter>();
        if (!enabled)
        {
            services.AddSingleton<IOfflinePush, NoOfflinePush>();
            return services;
        }

        services.AddSingleton(configuration.GetSection("Push:Delivery").Get<PushDeliveryOptions>() ?? new PushDeliveryOptions());
        services.AddSingleton<WebPushSender>();
        services.AddSingleton<WebPushDispatcher>();
        services.AddSingleton<IOfflinePush>(sp => sp.GetRequiredService<WebPushDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<WebPushDispatcher>());
        services.AddHttpClient(WebPushSender.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = (context, ct) => ConnectToPublicAsync(context, options.AllowInsecureEndpoints, ct),
            });
        return services;
    }

    /// <summary>A name that resolves to a private address is refused at connect time too (the URL check sees only literals).</summary>
    private static async ValueTask<Stream> ConnectToPublicAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var allowed = addresses.Where(a => allowPrivate || !PushEndpoints.IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"The push endpoint {context.DnsEndPoint.Host} resolves to no public address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
