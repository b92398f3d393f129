using SortieChat.Application.Users.Register;

namespace SortieChat.Api.Contracts;

/// <summary>POST /auth/register.</summary>
public sealed record RegisterRequest(string Email, string Password, string DisplayName)
{
    public RegisterCommand ToCommand() => new(Email, Password, DisplayName);
}
