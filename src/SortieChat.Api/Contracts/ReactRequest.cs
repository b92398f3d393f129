using SortieChat.Application.Messages.React;

namespace SortieChat.Api.Contracts;

/// <summary>The hub's react: the caller's reaction <see cref="Emoji"/> on (<see cref="On"/>) or off the message.</summary>
public sealed record ReactRequest(string MessageId, string Emoji, bool On)
{
    public ReactCommand ToCommand() => new(MessageId, Emoji, On);
}
