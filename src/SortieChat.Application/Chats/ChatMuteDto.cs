namespace SortieChat.Application.Chats;

public sealed record ChatMuteDto(string ChatId, bool Muted);
