using Mediator;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Chats;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.GetMessages;

public sealed class GetMessagesQueryHandler(
    IChatRepository chats, IMessageRepository messages, ICurrentUser currentUser, IOptions<LimitsOptions> limits)
    : IQueryHandler<GetMessagesQuery, Result<MessagePageDto>>
{
    public async ValueTask<Result<MessagePageDto>> Handle(GetMessagesQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var found = query.ChatId is { } chatId
            ? await chats.FindForMemberByChatIdAsync(chatId, userId, cancellationToken)
            : await chats.FindForMemberAsync(query.SortieId!, userId, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var chat = found.Value;
        var limit = query.Limit ?? limits.Value.DefaultPageSize;
        if (query.ChangedAfter is { } changedAfter)
        {
            return await ChangesAsync(chat, changedAfter, limit, cancellationToken);
        }

        var window = await WindowAsync(chat, query, limit, cancellationToken);
        if (window.IsFailure)
        {
            return window.Error!;
        }

        var slice = await messages.GetWindowAsync(chat.Id, window.Value, cancellationToken);
        // Only what was committed when the membership was read: a removal committed between the two reads must not
        // show the removed member what follows it. What was held back is still "more" in the newer direction.
        var visible = slice.Items.Where(m => m.Seq <= chat.LastSeq).ToList();
        var heldBack = visible.Count < slice.Items.Count && window.Value.Direction == PageDirection.Newer;
        var items = visible.Select(m => m.ToDto(chat.Members)).ToList();
        var hasMore = (slice.HasMore || heldBack) && items.Count > 0;
        var cursor = !hasMore ? null : window.Value.Direction == PageDirection.Older ? items[0].Id : items[^1].Id;
        return new MessagePageDto(items, hasMore, cursor);
    }

    /// <summary>As for history, only changes committed when the membership was read; what was held back is still "more".</summary>
    private async Task<Result<MessagePageDto>> ChangesAsync(Chat chat, long changedAfter, int limit, CancellationToken cancellationToken)
    {
        var slice = await messages.GetChangesAsync(chat.Id, changedAfter, limit, cancellationToken);
        var visible = slice.Items.Where(m => m.ChangeSeq <= chat.ChangeSeq).ToList();
        var items = visible.Select(m => m.ToDto(chat.Members)).ToList();
        var hasMore = (slice.HasMore || visible.Count < slice.Items.Count) && items.Count > 0;
        return new MessagePageDto(items, hasMore, null, hasMore ? items[^1].ChangeSeq : null);
    }

    private async Task<Result<MessageWindow>> WindowAsync(Chat chat, GetMessagesQuery query, int limit, CancellationToken cancellationToken)
    {
        if (query.AfterSeq is { } afterSeq)
        {
            return new MessageWindow(PageDirection.Newer, afterSeq, limit);
        }

        if (query.Page is { } page)
        {
            return new MessageWindow(PageDirection.Older, null, limit, Skip: (int)Math.Min(int.MaxValue, (long)(page - 1) * limit));
        }

        var (cursorId, direction) = query.Before is not null ? (query.Before, PageDirection.Older)
            : query.After is not null ? (query.After, PageDirection.Newer)
            : (null, PageDirection.Older);
        if (cursorId is null)
        {
            return new MessageWindow(PageDirection.Older, null, limit);
        }

        var cursor = await messages.FindCursorSeqAsync(chat, cursorId, cancellationToken);
        return cursor.IsSuccess ? new MessageWindow(direction, cursor.Value, limit) : cursor.Error!;
    }
}
