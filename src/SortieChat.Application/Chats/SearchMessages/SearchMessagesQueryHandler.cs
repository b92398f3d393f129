using Mediator;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Application.Messages;
using SortieChat.Application.Messages.Search;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.SearchMessages;

public sealed class SearchMessagesQueryHandler(
    IChatRepository chats, IMessageRepository messages, ICurrentUser currentUser, IOptions<LimitsOptions> limits)
    : IQueryHandler<SearchMessagesQuery, Result<MessagePageDto>>
{
    public async ValueTask<Result<MessagePageDto>> Handle(SearchMessagesQuery query, CancellationToken cancellationToken)
    {
        var found = await chats.FindForMemberByChatIdAsync(query.ChatId, currentUser.RequireUserId(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var chat = found.Value;
        // As history: only what was committed when the membership was read.
        var belowSeq = chat.LastSeq + 1;
        if (query.Before is { } before)
        {
            var cursor = await messages.FindCursorSeqAsync(chat, before, cancellationToken);
            if (cursor.IsFailure)
            {
                return cursor.Error!;
            }

            belowSeq = Math.Min(belowSeq, cursor.Value);
        }

        var terms = SearchTerms.Parse(query.Q) ?? throw new InvalidOperationException("The validator lets no query without a word through.");
        var slice = await messages.SearchAsync(chat.Id, terms, belowSeq, query.Limit ?? limits.Value.DefaultPageSize, cancellationToken);
        var items = slice.Items.Select(m => m.ToDto(chat.Members)).ToList();
        var hasMore = slice.HasMore && items.Count > 0;
        return new MessagePageDto(items, hasMore, hasMore ? items[^1].Id : null);
    }
}
