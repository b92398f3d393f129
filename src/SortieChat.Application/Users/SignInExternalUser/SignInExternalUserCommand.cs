using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Users.SignInExternalUser;

/// <summary>
/// A token of the external issuer was validated: returns the user's id, creating the user on first sight
/// from the token's claims. A deactivated user is refused.
/// </summary>
public sealed record SignInExternalUserCommand(string Subject, string? Email, string? DisplayName) : ICommand<Result<string>>;
