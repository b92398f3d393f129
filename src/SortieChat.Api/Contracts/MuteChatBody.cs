using SortieChat.Application.Chats.MuteChat;

namespace SortieChat.Api.Contracts;

/// <summary>PATCH /chats/{chatId}/mute: {muted}.</summary>
public sealed record MuteChatBody(bool? Muted)
{
    /// <summary>Once validated (<see cref="MuteChatBodyValidator"/>): muted is given.</summary>
    public MuteChatRequest ToRequest(string chatId) => new(chatId, Muted!.Value);
}
