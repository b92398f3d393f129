using FluentValidation;

namespace SortieChat.Application.Users.Register;

public sealed class RegisterCommandValidator : AbstractValidator<RegisterCommand>
{
    public RegisterCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Password).NotNull().Length(8, 128);
        RuleFor(x => x.DisplayName).NotNull().Must(name => name.Trim().Length is >= 1 and <= 50)
            .WithMessage("'Display Name' must be 1 to 50 characters long (spaces around it do not count).");
    }
}
