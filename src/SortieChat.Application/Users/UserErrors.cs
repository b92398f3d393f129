using SortieChat.Domain.Common;

namespace SortieChat.Application.Users;

public static class UserErrors
{
    public static readonly Error EmailTaken = new(ErrorCodes.EmailTaken, "An account with this email already exists.");

    public static readonly Error InvalidCredentials = new(ErrorCodes.InvalidCredentials, "The email or the password is wrong.");

    public static readonly Error NotFound = Error.NotFound("The user");
}
