using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Chats;
using SortieChat.Application.Common;
using SortieChat.Application.Sorties;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Uploads;

namespace SortieChat.Application.Messages.SendMessage;

/// <summary>
/// Posts a message with the chat's next seq. A resend with a known clientMessageId returns the stored message
/// and takes no seq; the look-up runs inside the command's transaction, so two resends cannot both post. A media
/// message takes its file's fields from the upload record, whose first use is written in the same transaction.
/// </summary>
public sealed class SendMessageCommandHandler(
    IChatRepository chats, IMessageRepository messages, IUploadRepository uploads, ICurrentUser currentUser, IIdGenerator ids, IClock clock,
    ISendRateLimiter rateLimiter)
    : ICommandHandler<SendMessageCommand, Result<SendMessageResult>>
{
    public async ValueTask<Result<SendMessageResult>> Handle(SendMessageCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        // Counted before anything is read, so a flood never reaches the write transaction.
        if (!rateLimiter.TryAcquire(userId, command.SortieId, out var retryAfter))
        {
            return RequestErrors.RateLimited("messages", retryAfter);
        }

        // Only the sender's membership is read: a send costs the same in a room of 3 or of 1,000.
        var found = await chats.FindForPosterAsync(command.SortieId, userId, command.Message.Mentions, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var chat = found.Value;
        if (command.ClientMessageId is { } clientMessageId
            && await messages.FindByClientMessageIdAsync(chat.Id, userId, clientMessageId, cancellationToken) is { } stored)
        {
            // A resend is rare: its readBy needs every member's watermark.
            var whole = await chats.FindBySortieIdAsync(command.SortieId, cancellationToken);
            return new SendMessageResult(stored.ToDto(whole!.Members), Created: false);
        }

        Message? replyTo = null;
        if (command.ReplyTo is { } replyToId
            && (replyTo = await messages.FindByIdAsync(replyToId, cancellationToken)) is null)
        {
            return MessageErrors.ReplyToUnknown;
        }

        var draft = command.Message;
        if (command.MediaUrl is { } mediaUrl)
        {
            var attached = await uploads.FindByUrlAsync(mediaUrl, cancellationToken) is { } upload
                ? upload.AttachTo(userId, draft.Type, clock.UtcNow)
                : UploadErrors.NotYours;
            if (attached.IsFailure)
            {
                return attached.Error!;
            }

            draft = draft with { Media = attached.Value };
        }

        var posted = chat.Post(ids.NewId(), userId, draft, replyTo, command.ClientMessageId, clock.UtcNow);
        return posted.IsSuccess ? new SendMessageResult(posted.Value.ToDto(chat.Members), Created: true) : posted.Error!;
    }
}
