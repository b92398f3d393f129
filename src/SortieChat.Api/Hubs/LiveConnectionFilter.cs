using Microsoft.AspNetCore.SignalR;
using SortieChat.Application.Abstractions;

namespace SortieChat.Api.Hubs;

/// <summary>Tells <see cref="ILiveConnections"/> about every hub connection of a user, so that pushes skip connected users.</summary>
internal sealed class LiveConnectionFilter(ILiveConnections live) : IHubFilter
{
    /// <summary>Counted before the hub's own greeting: a client that got <c>connected</c> is known as connected.</summary>
    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.UserIdentifier is { } userId)
        {
            live.Connected(userId);
        }

        return next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.UserIdentifier is { } userId)
        {
            live.Disconnected(userId);
        }

        await next(context, exception);
    }
}
