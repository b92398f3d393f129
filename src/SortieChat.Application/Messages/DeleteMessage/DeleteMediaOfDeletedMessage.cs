using Microsoft.Extensions.DependencyInjection;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.DeleteMessage;

/// <summary>
/// After the deletion is committed, the stored file and its thumbnail go too, unless another message shows them.
/// A media provider may take its time: the work runs beside the room's ordered path, never in it.
/// </summary>
public sealed class DeleteMediaOfDeletedMessage(SlowSideEffects slowSideEffects) : CommittedEventHandler<MessageDeleted>
{
    protected override Task HandleAsync(MessageDeleted domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.ErasedMedia is { } media)
        {
            slowSideEffects.Enqueue(services => DeleteUnusedAsync(
                services.GetRequiredService<IMediaStore>(), services.GetRequiredService<IMessageRepository>(), media));
        }

        return Task.CompletedTask;
    }

    private static async Task DeleteUnusedAsync(IMediaStore mediaStore, IMessageRepository messages, MediaAttachment media)
    {
        foreach (var url in new[] { media.Url, media.ThumbnailUrl }.OfType<string>())
        {
            // Another message may show the same file (a resend, a forward): it stays until the last one goes.
            if (!await messages.IsMediaInUseAsync(url, CancellationToken.None))
            {
                await mediaStore.DeleteAsync(url, CancellationToken.None);
            }
        }
    }
}
