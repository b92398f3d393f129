using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.DeleteMessage;

public sealed record DeleteMessageCommand(string MessageId) : ICommand<Result>;
