using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Common;
using SortieChat.Domain.Users;

namespace SortieChat.Application.Users.SignInExternalUser;

public sealed class SignInExternalUserCommandHandler(IUserRepository users, IIdGenerator ids, IClock clock)
    : ICommandHandler<SignInExternalUserCommand, Result<string>>
{
    private static readonly Error Deactivated = new(ErrorCodes.Unauthorized, "This account is deactivated.");

    public async ValueTask<Result<string>> Handle(SignInExternalUserCommand command, CancellationToken cancellationToken)
    {
        if (await users.FindByExternalSubjectAsync(command.Subject, cancellationToken) is { } known)
        {
            return known.IsActive ? known.Id : Deactivated;
        }

        var email = string.IsNullOrWhiteSpace(command.Email) ? string.Empty : command.Email;
        var name = FirstNonBlank(command.DisplayName, email.Split('@')[0], "Member");
        var user = User.RegisterExternal(ids.NewId(), command.Subject, email, name[..Math.Min(name.Length, 50)], clock.UtcNow);
        users.Add(user);
        return user.Id;
    }

    private static string FirstNonBlank(params string?[] candidates) => candidates.First(c => !string.IsNullOrWhiteSpace(c))!.Trim();
}
