using System.Collections.Concurrent;
using Mediator;
using Microsoft.AspNetCore.SignalR;
using SortieChat.Application.Rooms.GetChatUpdates;

namespace SortieChat.Api.Hubs;

/// <summary>
/// chatUpdated to every member's connections, at most once per chat per second: a change schedules one send,
/// and a change during the wait rides along, so the latest state is always what goes out.
/// </summary>
public sealed partial class ChatUpdateCoalescer(
    IServiceScopeFactory scopes, IHubContext<ChatHub, IChatClient> hub, TimeProvider time, IHostApplicationLifetime lifetime,
    ILogger<ChatUpdateCoalescer> logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, byte> scheduled = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastSent = new();
    private int touches;

    public void Touch(string sortieId)
    {
        if (!scheduled.TryAdd(sortieId, 0))
        {
            return;
        }

        PruneNowAndThen();
        var wait = lastSent.TryGetValue(sortieId, out var last) ? last + Interval - time.GetUtcNow() : TimeSpan.Zero;
        _ = SendAsync(sortieId, wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
    }

    private async Task SendAsync(string sortieId, TimeSpan wait)
    {
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, lifetime.ApplicationStopping);
            }

            // Unscheduled before reading: a change from now on schedules the next send, a second later.
            lastSent[sortieId] = time.GetUtcNow();
            scheduled.TryRemove(sortieId, out _);
            await using var scope = scopes.CreateAsyncScope();
            var updates = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetChatUpdatesQuery(sortieId), lifetime.ApplicationStopping);
            if (updates.IsFailure)
            {
                return;
            }

            // Members whose update is the same (the same unread counts) share one send, serialised once.
            foreach (var same in updates.Value.GroupBy(member => (member.Update.UnreadCount, member.Update.UnreadMentions)))
            {
                await hub.Clients.Users([.. same.Select(member => member.UserId)]).ChatUpdated(same.First().Update);
            }
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or ObjectDisposedException))
        {
            scheduled.TryRemove(sortieId, out _);
            LogFailed(logger, exception, sortieId);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // The server is stopping (or stopped, its services gone): clients catch up when they come back.
            scheduled.TryRemove(sortieId, out _);
        }
    }

    /// <summary>A send older than the interval delays nothing: forget it, so the table stays the size of the busy rooms.</summary>
    private void PruneNowAndThen()
    {
        if (Interlocked.Increment(ref touches) % 1024 != 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (sortieId, sent) in lastSent)
        {
            if (now - sent > Interval && !scheduled.ContainsKey(sortieId))
            {
                lastSent.TryRemove(new KeyValuePair<string, DateTimeOffset>(sortieId, sent));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "chatUpdated for sortie {SortieId} was not sent")]
    private static partial void LogFailed(ILogger logger, Exception exception, string sortieId);
}
