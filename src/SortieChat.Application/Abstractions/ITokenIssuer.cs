namespace SortieChat.Application.Abstractions;

public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);

public interface ITokenIssuer
{
    AccessToken Issue(string userId, string email, string displayName);
}
