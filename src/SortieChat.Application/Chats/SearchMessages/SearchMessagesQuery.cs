using Mediator;
using SortieChat.Application.Messages;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.SearchMessages;

/// <summary>
/// The messages of a chat whose text or file name holds every word of <see cref="Q"/> (the last as a prefix), newest
/// first, <see cref="Limit"/> at a time, older than <see cref="Before"/> when given (members only).
/// </summary>
public sealed record SearchMessagesQuery(string ChatId, string? Q, int? Limit = null, string? Before = null) : IQuery<Result<MessagePageDto>>;
