using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.DeleteMessage;

/// <summary>After the deletion is committed, the stored file and its thumbnail go too.</summary>
public sealed class DeleteMediaOfDeletedMessage(IMediaStore mediaStore) : IDomainEventHandler<MessageDeleted>
{
    public async Task HandleAsync(MessageDeleted domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.ErasedMedia is not { } media)
        {
            return;
        }

        await mediaStore.DeleteAsync(media.Url, cancellationToken);
        if (media.ThumbnailUrl is { } thumbnail)
        {
            await mediaStore.DeleteAsync(thumbnail, cancellationToken);
        }
    }
}
