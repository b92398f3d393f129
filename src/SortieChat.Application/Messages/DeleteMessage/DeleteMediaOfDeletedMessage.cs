using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Application.Media.RemoveUpload;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.DeleteMessage;

/// <summary>
/// After the deletion is committed, the stored file and its thumbnail go too, unless another message shows them;
/// then the upload's record, which stops counting against its uploader's quota (the media side's own row).
/// A media provider may take its time: this runs off the room's ordered path.
/// </summary>
public sealed class DeleteMediaOfDeletedMessage(IMediaStore mediaStore, IMessageRepository messages, ISender sender)
    : IDomainEventHandler<MessageDeleted>, IOffTheOrderedPath
{
    public async Task HandleAsync(MessageDeleted domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.ErasedMedia is not { } media)
        {
            return;
        }

        // Another message may show the same file (a resend, a forward): it stays until the last one goes.
        if (await messages.IsMediaInUseAsync(media.Url, cancellationToken))
        {
            return;
        }

        foreach (var url in new[] { media.Url, media.ThumbnailUrl }.OfType<string>())
        {
            await mediaStore.DeleteAsync(url, cancellationToken);
        }

        await sender.Send(new RemoveUploadCommand(media.Url), cancellationToken);
    }
}
