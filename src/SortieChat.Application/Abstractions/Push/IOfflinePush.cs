using SortieChat.Domain.Messages;

namespace SortieChat.Application.Abstractions.Push;

/// <summary>
/// Pushes to members who are not connected (DESIGN.md section 9). Takes the work and returns at once: the pushes are
/// sent off the committed-event path, best effort.
/// </summary>
public interface IOfflinePush
{
    /// <summary>
    /// A new message: every offline member of an unmuted chat, coalesced per (user, chat); each offline member it
    /// mentions at once, muted or not, outside the coalescing window.
    /// </summary>
    void MessagePosted(Message message);
}
