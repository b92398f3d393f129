namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>A member's mute of a chat (collection <c>chatMutes</c>); present while muted.</summary>
internal sealed class ChatMuteDocument
{
    public required string Id { get; set; }

    public required string ChatId { get; set; }

    public required string UserId { get; set; }
}
