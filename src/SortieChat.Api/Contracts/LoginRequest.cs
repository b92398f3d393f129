using SortieChat.Application.Users.Login;

namespace SortieChat.Api.Contracts;

/// <summary>POST /auth/login.</summary>
public sealed record LoginRequest(string Email, string Password)
{
    public LoginQuery ToQuery() => new(Email, Password);
}
