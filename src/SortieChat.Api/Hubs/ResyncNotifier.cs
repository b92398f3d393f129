using Mediator;
using Microsoft.AspNetCore.SignalR;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Realtime;
using SortieChat.Application.Rooms.GetRoomMembers;

namespace SortieChat.Api.Hubs;

/// <summary>
/// After the backplane was interrupted: evictions published meanwhile by other instances never arrived, so every room
/// this instance's connections joined is checked against the store and non-members are evicted; then each connection
/// gets <c>notification</c> kind <c>resync</c>, one per room it had joined (sortieId = that room; an evicted member's
/// catch-up there answers not_a_member), or one with an empty sortieId when it had joined none (its chat list may be
/// stale). Clients catch up with afterSeq; the database is the source of truth.
/// </summary>
public sealed class ResyncNotifier(ConnectionRegistry registry, RoomMembership rooms, IServiceScopeFactory scopes, IHubContext<ChatHub, IChatClient> hub)
{
    private const string Text = "Live updates were interrupted: fetch what you missed.";
    private static readonly IReadOnlyDictionary<string, string?> NoData = new Dictionary<string, string?>();

    /// <summary>Returns how many connections were told.</summary>
    public async Task<int> NotifyAllAsync(CancellationToken cancellationToken)
    {
        var connections = registry.Snapshot();
        await EvictNonMembersAsync(connections, cancellationToken);
        foreach (var (_, connectionId, joined) in connections)
        {
            var client = hub.Clients.Client(connectionId);
            foreach (var sortieId in joined.Count == 0 ? [string.Empty] : joined)
            {
                await client.Notification(new RealtimeNotification(sortieId, NotificationKinds.Resync, Text, NoData));
            }
        }

        return connections.Count;
    }

    private async Task EvictNonMembersAsync(IReadOnlyList<(string UserId, string ConnectionId, IReadOnlyList<string> Rooms)> connections, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<ISender>();
        foreach (var room in connections.SelectMany(c => c.Rooms.Select(sortieId => (sortieId, c.UserId))).GroupBy(j => j.sortieId))
        {
            var members = await mediator.Send(new GetRoomMembersQuery(room.Key), cancellationToken);
            foreach (var userId in room.Select(j => j.UserId).Distinct().Where(u => !members.Contains(u)))
            {
                await rooms.EvictAsync(room.Key, userId);
            }
        }
    }
}
