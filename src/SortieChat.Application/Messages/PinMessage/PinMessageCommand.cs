using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.PinMessage;

/// <summary>The creator pins (<paramref name="Pin"/>) or unpins a message of their chat.</summary>
public sealed record PinMessageCommand(string MessageId, bool Pin) : ICommand<Result<MessageDto>>;
