using FluentValidation;

namespace SortieChat.Api.Contracts;

public sealed class SetSlowModeRequestValidator : AbstractValidator<SetSlowModeRequest>
{
    public SetSlowModeRequestValidator() => RuleFor(x => x.CooldownSeconds).NotNull();
}
