using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SortieChat.Api.Hubs;
using SortieChat.Api.Hubs.Backplane;
using SortieChat.Api.Hubs.Delivery;
using SortieChat.Api.Http;
using SortieChat.Application.Abstractions;
using StackExchange.Redis;

namespace SortieChat.Api.Configuration;

internal static class HubRegistration
{
    public const string HubPath = "/chat";

    /// <summary>The largest valid message: 5,000 characters of up to 4 UTF-8 bytes, plus the other fields, with room to spare.</summary>
    public const long MaximumReceiveMessageSize = 64 * 1024;

    /// <summary>The deepest a hub argument may nest (a message with its location is 2): far below what overflows the stack.</summary>
    public const int MaximumArgumentDepth = 32;

    public static IServiceCollection AddSortieChatHub(this IServiceCollection services)
    {
        services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = MaximumReceiveMessageSize;
                options.AddFilter<HubResultFilter>();
            })
            .AddJsonProtocol(options => JsonSetup.Configure(options.PayloadSerializerOptions))
            .AddMessagePackProtocol(options => options.SerializerOptions = MessagePackSerializerOptions.Standard
                .WithResolver(JsonContractResolver.Instance)
                .WithSecurity(MessagePackSecurity.UntrustedData.WithMaximumObjectGraphDepth(MaximumArgumentDepth)));
        services.ReadHubArgumentsRaw();
        services.AddLifetimeManager();
        services.AddOptions<RealtimeOptions>().BindConfiguration(RealtimeOptions.Section)
            .Validate(o => o.SlowClientBufferKiB > 0, "Hub:SlowClientBufferKiB must be positive.").ValidateOnStart();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<HubResultFilter>();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<RoomMembership>();
        services.AddSingleton<TypingThrottle>();
        services.AddSingleton<ChatUpdateCoalescer>();
        services.AddSingleton<ResyncNotifier>();
        services.AddSingleton<IRealtimeNotifier, SignalRRealtimeNotifier>();
        return services;
    }

    public static void MapSortieChatHub(this WebApplication app) =>
        app.MapHub<ChatHub>(HubPath, options =>
        {
            options.AllowStatefulReconnects = true;
            // A connection ends with its token, as REST requests do.
            options.CloseOnAuthenticationExpiration = true;
        });

    /// <summary>
    /// Fan-out never waits for the slowest reader; the default manager would (DESIGN.md section 5). With Redis (the
    /// composition root opened it from <c>Redis:Connection</c>), the backplane carries sends, evictions and
    /// disconnections to the other instances, and each delivers through its own non-blocking fan-out.
    /// </summary>
    private static void AddLifetimeManager(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer)))
        {
            services.Replace(ServiceDescriptor.Singleton(typeof(HubLifetimeManager<>), typeof(NonBlockingHubLifetimeManager<>)));
            services.AddSingleton<IClusterRelay, SingleInstanceRelay>();
            return;
        }

        services.AddOptions<BackplaneOptions>().BindConfiguration(BackplaneOptions.Section);
        services.AddSingleton(typeof(NonBlockingHubLifetimeManager<>));
        services.Replace(ServiceDescriptor.Singleton(typeof(HubLifetimeManager<>), typeof(BackplaneHubLifetimeManager<>)));
        services.AddSingleton<RedisBackplane>();
        services.AddSingleton<IClusterRelay>(sp => sp.GetRequiredService<RedisBackplane>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisBackplane>());
    }

    /// <summary>
    /// Each protocol reads hub arguments as raw JSON and <see cref="HubResultFilter"/> binds them, so that an argument
    /// of the wrong kind is validation_failed like any bad input instead of failing inside SignalR with no code.
    /// </summary>
    private static void ReadHubArgumentsRaw(this IServiceCollection services)
    {
        foreach (var protocol in services.Where(d => d.ServiceType == typeof(IHubProtocol) && d.ImplementationType is not null).ToList())
        {
            services.Remove(protocol);
            services.AddSingleton<IHubProtocol>(provider =>
                new RawArgumentsProtocol((IHubProtocol)ActivatorUtilities.CreateInstance(provider, protocol.ImplementationType!)));
        }
    }
}
