using SortieChat.Domain.Messages;

namespace SortieChat.Application.Media;

/// <summary>A stored upload as the server measured it, and the message type that carries it.</summary>
public sealed record MeasuredMedia(MessageType Type, MediaAttachment Media);
