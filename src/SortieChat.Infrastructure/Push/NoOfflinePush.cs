using SortieChat.Application.Abstractions.Push;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Push;

/// <summary>Push is off (<c>Push:Enabled</c> false): nothing to send.</summary>
internal sealed class NoOfflinePush : IOfflinePush
{
    public void MessagePosted(Message message)
    {
    }
}
