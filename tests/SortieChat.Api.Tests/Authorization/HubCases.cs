using static SortieChat.Api.Tests.Authorization.ActorOutcomes;

namespace SortieChat.Api.Tests.Authorization;

/// <summary>
/// The expected outcome of every hub method for every actor (DESIGN.md section 5): members only, and a caller with no
/// live account cannot connect. A hub method with no entry here fails <see cref="AuthorizationMatrixTests.Hub_EveryMethod_HasAnEntry"/>.
/// </summary>
public static class HubCases
{
    public static readonly IReadOnlyList<HubCase> All =
    [
        new("joinRoom", Members(Outcome.Ok), matrix => matrix.SortieId),
        new("sendMessage", Members(Outcome.Ok), matrix => new { sortieId = matrix.SortieId, type = "text", content = "hello" }),
        new("typing", Members(Outcome.Ok), matrix => new { sortieId = matrix.SortieId, isTyping = true }),
        new("markAsRead", Members(Outcome.Ok), matrix => new { sortieId = matrix.SortieId, messageId = matrix.MessageId }),
        new("editMessage", Members(Outcome.Forbidden).With(Actor.Member, Outcome.Ok), matrix => new { messageId = matrix.MessageId, content = "edited" }),
        new("react", Members(Outcome.Ok), matrix => new { messageId = matrix.MessageId, emoji = "👍", on = true }),
        new("leaveRoom", Members(Outcome.Ok), matrix => matrix.SortieId),
        new("getOnlineUsers", Members(Outcome.Ok), matrix => matrix.SortieId),
    ];
}
