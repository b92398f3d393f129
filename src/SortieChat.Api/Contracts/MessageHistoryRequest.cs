using SortieChat.Application.Messages.GetMessages;

namespace SortieChat.Api.Contracts;

/// <summary>GET /messages/sortie/{sortieId} and /messages/chat/{chatId}: at most one of before, after, afterSeq, page, changedAfter.</summary>
public sealed record MessageHistoryRequest(int? Limit, string? Before, string? After, long? AfterSeq, int? Page, long? ChangedAfter)
{
    public GetMessagesQuery ToQueryBySortie(string sortieId) => ToQuery() with { SortieId = sortieId };

    public GetMessagesQuery ToQueryByChat(string chatId) => ToQuery() with { ChatId = chatId };

    private GetMessagesQuery ToQuery() => new() { Limit = Limit, Before = Before, After = After, AfterSeq = AfterSeq, Page = Page, ChangedAfter = ChangedAfter };
}
