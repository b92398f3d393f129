using FluentValidation;

namespace SortieChat.Application.Users.SignInExternalUser;

public sealed class SignInExternalUserCommandValidator : AbstractValidator<SignInExternalUserCommand>
{
    public SignInExternalUserCommandValidator() => RuleFor(x => x.Subject).NotEmpty().MaximumLength(255);
}
