using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.GetMessage;

public sealed record GetMessageQuery(string MessageId) : IQuery<Result<MessageDto>>;
