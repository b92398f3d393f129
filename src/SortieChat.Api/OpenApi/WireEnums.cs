using System.Reflection;
using SortieChat.Api.Contracts;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Chats;
using SortieChat.Application.Media;
using SortieChat.Application.Messages;
using SortieChat.Application.Participations;
using SortieChat.Application.Realtime;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;

namespace SortieChat.Api.OpenApi;

/// <summary>
/// The string properties whose values form a closed set on the wire (DESIGN.md sections 2 and 5). The types keep
/// plain strings; the document names their values, taken from the same tables the server parses and writes with.
/// </summary>
internal static class WireEnums
{
    private static readonly WireEnum MessageType = new(
        "MessageType",
        "A message's type. Clients send any but system; an upload answers image, video, audio or file.",
        MessageTypeNames.All);

    private static readonly WireEnum ParticipationStatus = new(
        "ParticipationStatus",
        "EN_ATTENTE (pending), ACCEPTEE (accepted), REFUSEE (refused), ANNULEE (cancelled).",
        [.. Enum.GetValues<Domain.Participations.ParticipationStatus>().Select(status => status.ToName())],
        Enum.GetNames<Domain.Participations.ParticipationStatus>());

    private static readonly WireEnum ChatMemberRole = new("ChatMemberRole", "The sortie's creator, or an accepted participant.", ["creator", "member"]);

    private static readonly WireEnum NotificationKind = new(
        "NotificationKind",
        "What a notification event is about.",
        [.. typeof(NotificationKinds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!)]);

    private static readonly Dictionary<(Type Type, string Property), WireEnum> ByProperty = new()
    {
        [(typeof(MessageDto), nameof(MessageDto.Type))] = MessageType,
        [(typeof(SendMessageRequest), nameof(SendMessageRequest.Type))] = MessageType,
        [(typeof(UploadedMediaDto), nameof(UploadedMediaDto.Type))] = MessageType,
        [(typeof(ParticipationDto), nameof(ParticipationDto.Status))] = ParticipationStatus,
        [(typeof(ChangeParticipationStatusRequest), nameof(ChangeParticipationStatusRequest.Status))] = ParticipationStatus,
        [(typeof(ChatMemberDto), nameof(ChatMemberDto.Role))] = ChatMemberRole,
        [(typeof(RealtimeNotification), nameof(RealtimeNotification.Kind))] = NotificationKind,
    };

    public static WireEnum? For(Type type, string property) => ByProperty.GetValueOrDefault((type, property));
}
