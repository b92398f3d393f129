using SortieChat.Application.Messages;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Webhooks;

/// <summary>
/// What a command changed, as its events are written: the aggregates it tracked, and a read of a user's name inside
/// the command's transaction (a participation does not carry it).
/// </summary>
internal sealed class WebhookSnapshot(
    IReadOnlyList<AggregateRoot> tracked, Func<string, CancellationToken, Task<string?>> displayName, DateTimeOffset now)
{
    public DateTimeOffset Now { get; } = now;

    public T Tracked<T>(Func<T, bool> match)
        where T : AggregateRoot =>
        tracked.OfType<T>().FirstOrDefault(match)
        ?? throw new InvalidOperationException($"A webhook event needs the {typeof(T).Name} its command changed, and the command did not load it.");

    /// <summary>
    /// The message as history returns it, <c>readBy</c> from its chat's watermarks when the command loaded the chat.
    /// It is the instance the event carries: a command may have loaded the same message twice (pinning reads the
    /// target before changing it), and only the changed instance reads as the event says.
    /// </summary>
    public MessageDto Message(Message message)
    {
        var chat = tracked.OfType<Chat>().FirstOrDefault(c => c.Id == message.ChatId);
        return chat is null ? message.ToPostedDto() : message.ToDto(chat.Members);
    }

    public async Task<string> DisplayNameAsync(string userId, CancellationToken ct) => await displayName(userId, ct) ?? "";
}
