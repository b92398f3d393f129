using SortieChat.Application.Abstractions;
using SortieChat.Application.Realtime;

namespace SortieChat.Api.Hubs;

/// <summary>
/// After the backplane was interrupted, each connection of this instance gets <c>notification</c> kind <c>resync</c>:
/// one per room it has joined (sortieId = that room), or one with an empty sortieId when it joined none (its chat list
/// may be stale). Clients catch up with afterSeq; the database is the source of truth.
/// </summary>
public sealed class ResyncNotifier(ConnectionRegistry registry, Microsoft.AspNetCore.SignalR.IHubContext<ChatHub, IChatClient> hub)
{
    private const string Text = "Live updates were interrupted: fetch what you missed.";
    private static readonly IReadOnlyDictionary<string, string?> NoData = new Dictionary<string, string?>();

    /// <summary>Returns how many connections were told.</summary>
    public async Task<int> NotifyAllAsync()
    {
        var connections = registry.Snapshot();
        foreach (var (connectionId, rooms) in connections)
        {
            var client = hub.Clients.Client(connectionId);
            foreach (var sortieId in rooms.Count == 0 ? [string.Empty] : rooms)
            {
                await client.Notification(new RealtimeNotification(sortieId, NotificationKinds.Resync, Text, NoData));
            }
        }

        return connections.Count;
    }
}
