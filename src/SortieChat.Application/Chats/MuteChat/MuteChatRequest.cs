using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.MuteChat;

/// <summary>Not a command: a mute is the member's own setting, written at once (it raises no event).</summary>
public sealed record MuteChatRequest(string ChatId, bool Muted) : IRequest<Result<ChatMuteDto>>;
