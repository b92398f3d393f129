using Riok.Mapperly.Abstractions;
using SortieChat.Application.Messages;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Chats;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ChatMapper
{
    /// <summary>The chat as <paramref name="viewerId"/> sees it, with its last message when it was loaded.</summary>
    public static ChatDto ToDto(this Chat chat, string viewerId, Message? lastMessage) =>
        chat.ToDto() with
        {
            LastMessage = lastMessage?.ToDto(chat.Members),
            UnreadCount = chat.FindMember(viewerId) is { } viewer ? Math.Max(0, chat.LastSeq - viewer.LastReadSeq) : 0,
        };

    [MapperIgnoreTarget(nameof(ChatDto.LastMessage))]
    [MapperIgnoreTarget(nameof(ChatDto.UnreadCount))]
    [MapperIgnoreTarget(nameof(ChatDto.UnreadMentions))]
    [MapperIgnoreTarget(nameof(ChatDto.Muted))]
    private static partial ChatDto ToDto(this Chat chat);

    private static IReadOnlyList<string> MemberIds(IReadOnlyList<ChatMember> members) => [.. members.Select(m => m.UserId)];

    public static string RoleName(this ChatRole role) => role == ChatRole.Creator ? "creator" : "member";
}
