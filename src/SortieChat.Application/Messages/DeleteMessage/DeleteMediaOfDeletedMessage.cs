using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Application.Media.RemoveUpload;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.DeleteMessage;

/// <summary>
/// After the deletion is committed, the stored file and its thumbnail go too, unless another message shows them;
/// then the upload's record, which stops counting against its uploader's quota (the media side's own row).
/// A media provider may take its time: the work runs beside the room's ordered path, never in it.
/// </summary>
public sealed class DeleteMediaOfDeletedMessage(SlowSideEffects slowSideEffects) : CommittedEventHandler<MessageDeleted>
{
    protected override Task HandleAsync(MessageDeleted domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.ErasedMedia is { } media)
        {
            slowSideEffects.Enqueue(services => DeleteUnusedAsync(
                services.GetRequiredService<IMediaStore>(), services.GetRequiredService<IMessageRepository>(), services.GetRequiredService<ISender>(), media));
        }

        return Task.CompletedTask;
    }

    private static async Task DeleteUnusedAsync(IMediaStore mediaStore, IMessageRepository messages, ISender sender, MediaAttachment media)
    {
        // Another message may show the same file (a resend, a forward): it stays until the last one goes.
        if (await messages.IsMediaInUseAsync(media.Url, CancellationToken.None))
        {
            return;
        }

        foreach (var url in new[] { media.Url, media.ThumbnailUrl }.OfType<string>())
        {
            await mediaStore.DeleteAsync(url, CancellationToken.None);
        }

        await sender.Send(new RemoveUploadCommand(media.Url), CancellationToken.None);
    }
}
