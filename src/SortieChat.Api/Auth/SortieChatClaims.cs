using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace SortieChat.Api.Auth;

public static class SortieChatClaims
{
    /// <summary>Added to an external issuer's principal: our user id for that issuer's subject.</summary>
    public const string UserId = "sortiechat_uid";

    /// <summary>Our user id: the token's sub for built-in accounts, the mapped id for an external issuer.</summary>
    public static string? UserIdOf(ClaimsPrincipal principal) =>
        principal.FindFirst(UserId)?.Value ?? principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
}
