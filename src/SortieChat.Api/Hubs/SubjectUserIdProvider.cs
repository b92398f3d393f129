using Microsoft.AspNetCore.SignalR;
using SortieChat.Api.Auth;

namespace SortieChat.Api.Hubs;

/// <summary><c>Clients.User(id)</c> addresses our user id (the token's sub), not ClaimTypes.NameIdentifier.</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => SortieChatClaims.UserIdOf(connection.User);
}
