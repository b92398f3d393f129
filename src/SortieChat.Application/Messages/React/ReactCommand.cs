using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.React;

/// <summary>The caller's reaction <paramref name="Emoji"/> on (<paramref name="On"/>) or off a message, over REST or the hub.</summary>
public sealed record ReactCommand(string MessageId, string Emoji, bool On) : ICommand<Result<MessageDto>>;
