using Namotion.Reflection;
using NJsonSchema;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;
using SortieChat.Api.Contracts;
using SortieChat.Api.Hubs;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Rooms;

namespace SortieChat.Api.OpenApi;

/// <summary>
/// The hub's arguments and events (DESIGN.md section 5) are no route's, but the SDKs' hub wrappers need their types:
/// they join the document's schemas, so both SDKs generate them in step with the server.
/// </summary>
internal sealed class HubPayloadsProcessor : IDocumentProcessor
{
    private static readonly Type[] Payloads =
    [
        typeof(TypingRequest), typeof(MarkAsReadRequest), typeof(RoomSnapshotDto), typeof(ConnectedEvent), typeof(UserTypingEvent),
        typeof(MessageReadNotice), typeof(RealtimeNotification), typeof(UserRoomEvent), typeof(OnlineUsersEvent),
        typeof(MessageDeletedEvent), typeof(MessageUpdatedEvent), typeof(ChatUpdatedDto), typeof(ErrorEvent), typeof(EditMessageHubRequest), typeof(ReactRequest),
    ];

    public void Process(DocumentProcessorContext context)
    {
        foreach (var type in Payloads)
        {
            context.SchemaGenerator.GenerateWithReference<JsonSchema>(type.ToContextualType(), context.SchemaResolver);
        }
    }
}
