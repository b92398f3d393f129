namespace SortieChat.Api.Contracts;

/// <summary>The hub's typing: the caller starts or stops typing in the room of the sortie.</summary>
public sealed record TypingRequest(string SortieId, bool IsTyping);
