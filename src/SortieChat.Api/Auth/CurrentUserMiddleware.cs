using Microsoft.IdentityModel.JsonWebTokens;
using SortieChat.Infrastructure.Identity;

namespace SortieChat.Api.Auth;

/// <summary>Hands the authenticated caller (the token's sub) to the use cases of this request.</summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.UserId = context.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        return next(context);
    }
}
