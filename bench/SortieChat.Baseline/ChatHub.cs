using Microsoft.AspNetCore.SignalR;

namespace SortieChat.Baseline;

/// <summary>
/// Only what the framework has to do: a group per room and <c>Clients.Group(room).SendAsync</c>. A token in the
/// <c>access_token</c> query string is ignored.
/// </summary>
internal sealed class ChatHub(RoomCounters counters) : Hub
{
    [HubMethodName("joinRoom")]
    public async Task<JoinedRoom> JoinRoom(string sortieId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Room(sortieId));
        return new JoinedRoom(sortieId, sortieId, counters.Current(sortieId));
    }

    [HubMethodName("sendMessage")]
    public async Task<EchoedMessage> SendMessage(SendMessageRequest request)
    {
        var message = new EchoedMessage(
            Guid.CreateVersion7().ToString(),
            request.SortieId,
            Context.ConnectionId,
            counters.Next(request.SortieId),
            request.Type,
            request.Content,
            request.ClientMessageId,
            DateTimeOffset.UtcNow);
        await Clients.Group(Room(request.SortieId)).SendAsync("receiveMessage", message);
        return message;
    }

    private static string Room(string sortieId) => $"sortie_{sortieId}";
}
