using SortieChat.Application.Common;

namespace SortieChat.Api.Auth;

/// <summary>Hands the authenticated caller to the use cases of this request.</summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.UserId = SortieChatClaims.UserIdOf(context.User);
        currentUser.ClientAddress = context.Connection.RemoteIpAddress?.ToString();
        return next(context);
    }
}
