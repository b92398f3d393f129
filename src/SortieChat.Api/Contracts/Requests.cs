namespace SortieChat.Api.Contracts;

/// <summary>PATCH /participations/{id}/status: one of EN_ATTENTE, ACCEPTEE, REFUSEE, ANNULEE.</summary>
public sealed record ChangeStatusRequest(string? Status);

/// <summary>PATCH /chats/{chatId}: slow mode in seconds (0..3600, 0 turns it off).</summary>
public sealed record SetSlowModeRequest(int? CooldownSeconds);

/// <summary>GET /messages/...: at most one of before, after, afterSeq, page.</summary>
public sealed record HistoryRequest(int? Limit, string? Before, string? After, long? AfterSeq, int? Page);

public static class HistoryRequestMapping
{
    public static Application.Messages.GetMessages.GetMessagesQuery ToQuery(this HistoryRequest request) => new()
    {
        Limit = request.Limit,
        Before = request.Before,
        After = request.After,
        AfterSeq = request.AfterSeq,
        Page = request.Page,
    };
}
